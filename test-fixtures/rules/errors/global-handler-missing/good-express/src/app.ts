import express from 'express';
import { books } from './books';
import { errorHandler } from './errors';

const app = express();
app.use(express.json());
app.use('/api/books', books);
app.use(errorHandler);

export default app;

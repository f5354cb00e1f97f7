import express from 'express';
import { books } from './books';

const app = express(); // expect: errors/global-handler-missing[warning]
app.use(express.json());
app.use('/api/books', books);

export default app;

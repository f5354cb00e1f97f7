import express from 'express';
import { listings } from './routes/listings';

const app = express();
app.use('/listings', listings);
app.listen(3000);

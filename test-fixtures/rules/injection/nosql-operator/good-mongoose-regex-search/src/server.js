import express from 'express';
import mongoose from 'mongoose';
import { list } from './controllers/articles.js';

const app = express();
app.use(express.json());
app.get('/api/articles', list);

mongoose.connect(process.env.MONGO_URL).then(() => app.listen(3000));

import express from 'express';
import mongoose from 'mongoose';
import charges from './routes/charges.js';

const app = express();
app.use(express.json());
app.use('/api/charges', charges);

mongoose.connect(process.env.MONGO_URL).then(() => app.listen(3000));

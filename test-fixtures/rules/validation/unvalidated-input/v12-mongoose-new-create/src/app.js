import express from 'express';
import mongoose from 'mongoose';
import feedback from './routes/feedback.js';

const app = express();
app.use(express.json());
app.use('/api/feedback', feedback);

mongoose.connect(process.env.MONGO_URL).then(() => app.listen(3000));

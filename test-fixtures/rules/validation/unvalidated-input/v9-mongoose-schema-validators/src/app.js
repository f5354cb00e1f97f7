import express from 'express';
import mongoose from 'mongoose';
import visits from './routes/visits.js';

const app = express();
app.use(express.json());
app.use('/api/visits', visits);

mongoose.connect(process.env.MONGO_URL).then(() => app.listen(3000));

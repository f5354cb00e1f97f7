import express from 'express';
import reports from './routes/reports.js';

const app = express();
app.use(express.json());
app.use('/api/reports', reports);
app.listen(3000);

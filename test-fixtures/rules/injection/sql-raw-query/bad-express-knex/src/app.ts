import express from 'express';
import { reportsRouter } from './routes/reports';

const app = express();
app.use(express.json());
app.use('/reports', reportsRouter);

export default app;

import express from 'express';
import { reports } from './routes/reports';
import { reviews } from './routes/reviews';

const app = express();
app.use(express.json());
app.use('/api/tax-reports', reports);
app.use('/api/reviews', reviews);

app.listen(3000);

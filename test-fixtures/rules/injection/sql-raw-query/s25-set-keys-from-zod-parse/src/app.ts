import express from 'express';
import crewRouter from './routes/crew';

const app = express();
app.use(express.json());
app.use('/api/crew', crewRouter);
app.listen(3000);

import { errors } from 'celebrate';
import express from 'express';
import { ticketsRouter } from './routes/tickets';

const app = express();
app.use(express.json());
app.use('/tickets', ticketsRouter);
app.use(errors());

app.listen(3000);

import express from 'express';
import { ordersRouter } from './orders';

const app = express(); // expect: observability/health-missing
app.use(express.json());
app.use('/api/orders', ordersRouter);

app.listen(3000);

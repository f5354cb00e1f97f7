import dotenv from 'dotenv';
import express from 'express';
import { ordersRouter } from './orders';

dotenv.config(); // expect: config/env-not-validated

const app = express();
app.use(express.json());
app.use('/orders', ordersRouter);

app.listen(Number(process.env.PORT ?? 3000));

import express from 'express';
import { orders } from './orders';

const app = express();
app.use(express.json());
app.use('/orders', orders);
app.listen(3000);

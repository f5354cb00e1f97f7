import express from 'express';
import { orders } from './orders';

const app = express();
app.use('/orders', orders);
app.use((err, req, res, next) => {
  res.status(err.status || 500).json({ message: err.message, stack: err.stack }); // expect: errors/stack-leak[error]
});
app.listen(3000);

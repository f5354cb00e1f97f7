import express from 'express';
import { orders } from './orders';

const app = express();
app.use('/orders', orders);
app.use((err, req, res, next) => {
  console.error(err);
  const status = err.status || 500;
  res.status(status).json({
    message: status < 500 ? err.message : 'Internal Server Error',
    ...(process.env.NODE_ENV === 'development' && { stack: err.stack }),
  });
});
app.listen(3000);

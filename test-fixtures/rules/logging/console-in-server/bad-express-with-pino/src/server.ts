import express from 'express';
import { logger } from './logger';
import { ordersRouter } from './orders';

const app = express();
app.use(express.json());
app.use('/orders', ordersRouter);
app.listen(3000, () => console.log('listening on 3000'));
logger.info('started');

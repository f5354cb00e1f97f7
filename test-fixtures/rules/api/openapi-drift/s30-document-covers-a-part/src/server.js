import express from 'express';
import swaggerUi from 'swagger-ui-express';
import { catalogRouter } from './routes/catalog.js';
import { ordersRouter } from './routes/orders.js';
import { adminRouter } from './routes/admin.js';

const app = express();
app.use(express.json({ limit: '100kb' }));
app.use('/api/docs', swaggerUi.serve);
app.use('/api/v1', catalogRouter);
app.use('/api/v1/orders', ordersRouter);
app.use('/api/v1/admin', adminRouter);
app.listen(3000);

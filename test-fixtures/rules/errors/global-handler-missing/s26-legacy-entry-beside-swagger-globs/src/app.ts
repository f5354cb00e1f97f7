import express from 'express';
import swaggerUi from 'swagger-ui-express';
import { spec } from './config/swagger';
import pets from './routes/pets';

const app = express(); // expect: errors/global-handler-missing
app.use(express.json({ limit: '1mb' }));
app.use('/docs', swaggerUi.serve, swaggerUi.setup(spec));
app.use('/api', pets);
export default app;

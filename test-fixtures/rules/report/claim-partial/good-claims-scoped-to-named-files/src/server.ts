import express from 'express';
import { patientsRouter } from './routes/patients.routes';
import { webhooksRouter } from './routes/webhooks.routes';

const app = express();
app.use(express.json());
app.use('/api/patients', patientsRouter);
app.use('/api/webhooks', webhooksRouter);
app.listen(3000);

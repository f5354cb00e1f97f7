import express from 'express';
import helmet from 'helmet';
import { RegisterRoutes } from './generated/routes';

const app = express(); // expect: ratelimit/missing, api/compression-missing
app.use(helmet());
app.use(express.json());
RegisterRoutes(app);
app.listen(3000);

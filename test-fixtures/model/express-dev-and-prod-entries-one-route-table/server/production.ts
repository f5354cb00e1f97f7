// production entry: built to dist/production.js
import express from 'express';
import { registerAllRoutes } from './routes';

const app = express(); // expect: api/compression-missing, errors/global-handler-missing, headers/helmet-missing, ratelimit/missing
app.use(express.json());
registerAllRoutes(app);
app.listen(Number(process.env.PORT ?? 5000));

import express from 'express';
import { config } from './config';

const app = express();
app.get('/api/status', (_req, res) => res.json({ origin: config.corsOrigin, db: Boolean(config.databaseUrl) }));
app.listen(config.port);

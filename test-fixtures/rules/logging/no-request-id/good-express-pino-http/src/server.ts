import { randomUUID } from 'node:crypto';
import express from 'express';
import pinoHttp from 'pino-http';

const app = express();
app.use(pinoHttp({ genReqId: (req) => (req.headers['x-request-id'] as string) ?? randomUUID(), redact: ['req.headers.authorization'] }));
app.get('/orders', (_req, res) => res.json([]));
app.listen(3000);

import express from 'express';
import { traceAuth, dumpAuth } from './auth';

const app = express();
app.use(traceAuth);
app.use('/debug', dumpAuth);
app.get('/api/contacts', (_req, res) => res.json([]));
app.listen(3000);

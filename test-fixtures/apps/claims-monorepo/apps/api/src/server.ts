import express from 'express';
import helmet from 'helmet';

const app = express(); // expect: ratelimit/missing, api/compression-missing
app.use(helmet());
app.get('/books', (_req, res) => res.json([]));
app.listen(4000);

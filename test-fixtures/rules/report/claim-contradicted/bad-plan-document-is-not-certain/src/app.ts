import express from 'express';
import cors from 'cors';

const app = express();
app.use(cors({ origin: '*' }));
app.get('/ping', (_req, res) => res.json({ ok: true }));
app.listen(3000);

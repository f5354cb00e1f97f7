import express from 'express';
import { makeLimits } from './limits';

const limits = makeLimits({ API_PER_MINUTE: 120, LOGIN_PER_HOUR: 10 });
const app = express();
app.use(express.json());
app.use('/api', limits.api);
app.post('/login', limits.login, (_req, res) => res.json({ ok: true }));
app.get('/api/parcels', (_req, res) => res.json([]));
app.listen(3000);

import express from 'express';
import rateLimit from 'express-rate-limit';
import { z } from 'zod';
import { login } from './auth';

const Credentials = z.object({ email: z.string().email(), password: z.string().min(8) });

const app = express();
app.use(rateLimit({ windowMs: 60_000, limit: 100 }));
app.use(express.json());

app.post('/auth/login', async (req, res) => {
  const creds = Credentials.parse(req.body);
  res.json(await login(creds.email, creds.password));
});

app.listen(3000);

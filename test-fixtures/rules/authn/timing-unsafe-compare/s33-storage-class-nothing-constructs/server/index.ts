import express from 'express';
import { storage } from './storage';

const app = express();
app.use(express.json({ limit: '100kb' }));

app.post('/api/auth/login', async (req, res) => {
  const user = await storage.validateCredentials(String(req.body.username), String(req.body.password));
  if (!user) return res.status(401).json({ message: 'invalid credentials' });
  res.json({ id: user.id });
});

app.get('/api/reports', async (req, res) => {
  const user = await storage.userByApiKey(String(req.headers['x-api-key'] ?? ''));
  if (!user) return res.status(401).end();
  res.json([]);
});

app.listen(Number(process.env.PORT) || 5000);

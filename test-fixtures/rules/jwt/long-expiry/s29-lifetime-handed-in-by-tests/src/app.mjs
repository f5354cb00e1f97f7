import express from 'express';
import { generateToken } from './middleware/auth.mjs';

const app = express();
app.use(express.json());

app.post('/api/auth/login', (req, res) => {
  res.json({ token: generateToken({ id: 'u1', role: 'user' }) });
});

// a support session: the app itself asks for a day
app.post('/api/auth/support-session', (req, res) => {
  res.json({ token: generateToken({ id: 'u1', role: 'support' }, '24h') }); // expect: jwt/long-expiry
});

app.listen(3000);

import express from 'express';
import { issuePair, refreshSession } from './tokens';

const app = express();
app.use(express.json());

app.post('/auth/login', (req, res) => {
  res.json(issuePair(String(req.body.userId)));
});

app.post('/auth/refresh', (req, res) => {
  res.json(refreshSession(String(req.body.refreshToken)));
});

app.listen(3000);

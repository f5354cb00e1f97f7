import express from 'express';
import { issueToken, readToken } from './tokens.js';
import { reportToken } from './report.js';

const app = express();
app.use(express.json());
app.post('/login', (req, res) => res.json({ token: issueToken({ id: req.body.id, roles: ['member'] }) }));
app.get('/me', (req, res) => {
  try {
    res.json(readToken(String(req.headers.authorization).slice(7)));
  } catch {
    res.sendStatus(401);
  }
});
app.get('/report', (req, res) => res.json({ token: reportToken() }));
app.listen(3000);

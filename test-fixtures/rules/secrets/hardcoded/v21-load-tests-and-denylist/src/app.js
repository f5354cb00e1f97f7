import express from 'express';
import bcrypt from 'bcryptjs';
import { passwordProblems } from './passwords.js';

const app = express();
app.use(express.json());
app.post('/accounts', async (req, res) => {
  const problems = passwordProblems(String(req.body.password || ''));
  if (problems.length) return res.status(400).json({ problems });
  res.status(201).json({ hash: await bcrypt.hash(req.body.password, 12) });
});
app.listen(3000);

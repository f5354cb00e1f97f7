import express from 'express';
import { Session } from './models/Session.js';

const app = express();
app.use(express.json());

app.post('/logout', async (req, res) => {
  const { token } = req.body;
  const session = await Session.findOne({ where: { token, userId: Number(req.headers['x-user']) } });
  if (session) await session.destroy();
  res.json({ ok: true });
});

// the label is stored as sent
app.post('/sessions/label', async (req, res) => {
  const { token, label } = req.body; // expect: validation/unvalidated-input
  await Session.update({ label }, { where: { token } });
  res.json({ ok: true });
});

app.listen(3000);

import express from 'express';
import { finishSignIn, finishInvite, finishLink } from './sso.js';

const app = express();

app.get('/sso/callback', async (req, res) => {
  const { problem, backTo } = await finishSignIn(req.query);
  if (problem) return res.status(400).json({ problem });
  res.redirect(backTo);
});

app.get('/sso/invite', async (req, res) => {
  const { problem, backTo } = await finishInvite(req.query); // expect: validation/unvalidated-input
  if (problem) return res.status(400).json({ problem });
  res.redirect(backTo);
});

app.get('/sso/link', async (req, res) => {
  const { backTo } = await finishLink(req.query); // expect: validation/unvalidated-input
  res.redirect(backTo);
});

app.listen(3000);

import express from 'express';
import { finishGoogleSignIn } from './auth.service.js';

const app = express();

app.get('/auth/google/callback', async (req, res) => {
  const { code } = req.query;
  if (!code) return res.redirect('/login?error=missing_code');
  try {
    const token = await finishGoogleSignIn(code);
    res.redirect(`/signed-in#token=${token}`);
  } catch (err) {
    res.redirect('/login?error=google');
  }
});

app.listen(3000);

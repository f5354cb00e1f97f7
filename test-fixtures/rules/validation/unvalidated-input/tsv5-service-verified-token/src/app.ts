import express from 'express';
import { endSession, revoke } from './sessions';

const app = express();
app.use(express.json());

app.post('/auth/logout', async (req, res, next) => {
  try {
    const refreshToken = req.body.refreshToken;
    if (refreshToken) await endSession(refreshToken);
    res.json({ ok: true });
  } catch (e) {
    next(e);
  }
});

app.post('/auth/revoke', async (req, res, next) => {
  try {
    const refreshToken = req.body.refreshToken; // expect: validation/unvalidated-input
    await revoke(refreshToken);
    res.json({ ok: true });
  } catch (e) {
    next(e);
  }
});

app.listen(3000);

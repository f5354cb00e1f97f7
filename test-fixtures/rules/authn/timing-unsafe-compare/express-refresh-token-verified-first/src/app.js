const express = require('express');
const { PrismaClient } = require('@prisma/client');
const { checkRefresh } = require('./tokens');

const db = new PrismaClient();
const app = express();
app.use(express.json());

// the token's signature is checked first: a forged or guessed token never reaches the comparison with the stored copy
app.post('/session/refresh', async (req, res) => {
  const { refreshToken } = req.body;
  if (!refreshToken) return res.status(400).end();
  let claims;
  try {
    claims = checkRefresh(refreshToken);
  } catch {
    return res.status(401).end();
  }
  const account = await db.account.findUnique({ where: { id: claims.sub } });
  if (!account || account.refreshToken !== refreshToken) return res.status(401).end();
  res.json({ ok: true });
});

// an opaque device key, never verified: compared as given
app.post('/devices/unlock', async (req, res) => {
  const device = await db.device.findUnique({ where: { id: req.body.deviceId } });
  if (!device || device.unlockToken !== req.body.unlockToken) return res.status(401).end(); // expect: authn/timing-unsafe-compare
  res.json({ ok: true });
});

app.listen(3000);

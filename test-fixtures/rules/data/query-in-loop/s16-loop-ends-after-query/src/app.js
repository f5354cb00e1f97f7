const express = require('express');
const bcrypt = require('bcryptjs');
const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();
const app = express();
app.use(express.json());

// one backup code is used up: the loop compares hashes, and the write runs once, for the match, before return
async function useBackupCode(userId, code) {
  const settings = await prisma.mfaSettings.findUnique({ where: { userId } });
  const hashed = JSON.parse(settings.backupCodes);
  for (let i = 0; i < hashed.length; i++) {
    const same = await bcrypt.compare(code, hashed[i]);
    if (same) {
      hashed.splice(i, 1);
      await prisma.mfaSettings.update({ where: { userId }, data: { backupCodes: JSON.stringify(hashed) } });
      // the code is spent
      return true;
    }
  }
  return false;
}

// the first tag that exists wins
async function firstKnownTag(names) {
  for (const name of names) {
    const tag = await prisma.tag.findFirst({ where: { name: String(name) } }); // expect: data/query-in-loop
    if (!tag) continue;
    break;
  }
}

app.post('/mfa/backup', async (req, res) => {
  res.json({ ok: await useBackupCode(req.body.userId, String(req.body.code)) });
});

app.post('/tags/probe', async (req, res) => {
  await firstKnownTag(Array.isArray(req.body.names) ? req.body.names : []);
  res.status(204).end();
});

// every device is stamped: one write per device, the return comes after the loop
app.post('/devices/touch', async (req, res) => {
  const devices = await prisma.device.findMany({ where: { userId: String(req.body.userId) }, take: 100 });
  for (const d of devices) {
    if (d.active) {
      await prisma.device.update({ where: { id: d.id }, data: { seenAt: new Date() } }); // expect: data/query-in-loop
    }
  }
  return res.json({ touched: devices.length });
});

// one count per day of a range the caller picks: the break leaves the switch, not the loop
app.get('/stats/daily', async (req, res) => {
  const days = Math.min(Number(req.query.days) || 7, 90);
  const out = [];
  for (let i = 0; i < days; i++) {
    const since = new Date(Date.now() - (i + 1) * 86400000);
    const until = new Date(Date.now() - i * 86400000);
    let n = 0;
    switch (String(req.query.kind)) {
      case 'notes':
        n = await prisma.note.count({ where: { createdAt: { gte: since, lt: until } } }); // expect: data/query-in-loop
        break;
      default:
        n = await prisma.tag.count({ where: { createdAt: { gte: since, lt: until } } }); // expect: data/query-in-loop
        break;
    }
    out.push({ since, n });
  }
  res.json(out);
});

app.listen(3000);

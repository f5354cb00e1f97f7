import express from 'express';
import { prisma, withTenant, asTenant } from './db.js';

const app = express();
app.use(express.json());

app.post('/tenants/:tenantId/rollup', async (req, res) => {
  const { tenantId } = req.params;
  await withTenant(tenantId, async (tx) => {
    await tx.dailyRollup.deleteMany({ where: { tenantId } });
    await tx.dailyRollup.create({ data: { tenantId, total: 0 } });
  });
  res.json({ ok: true });
});

app.post('/tenants/:tenantId/reset', async (req, res) => {
  const { tenantId } = req.params;
  await asTenant(tenantId, async () => {
    await prisma.dailyRollup.deleteMany({ where: { tenantId } }); // expect: data/transaction-missing
    await prisma.dailyRollup.create({ data: { tenantId, total: 0 } });
  });
  res.json({ ok: true });
});

app.listen(3000);

import express from 'express';
import { and, eq } from 'drizzle-orm';
import { db, devices, counters } from './db';
import { spendCredit, spendCredits } from './settings';

const app = express();
app.use(express.json());

// each imported device is updated by serial, or inserted where the update matched none: one row either way
app.post('/devices/import', async (req, res, next) => {
  try {
    const row = { serial: String(req.body.serial), name: String(req.body.name) };
    const updated = await db.update(devices).set({ name: row.name }).where(eq(devices.serial, row.serial)).returning({ id: devices.id });
    if (updated.length === 0) {
      await db.insert(devices).values(row);
    }
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

app.post('/devices/ai-name', async (req, res, next) => {
  try {
    const credits = await spendCredit();
    res.json({ left: credits.credits });
  } catch (err) {
    next(err);
  }
});

app.post('/devices/ai-batch', async (req, res, next) => {
  try {
    const credits = await spendCredits(Number(req.body.count) || 1);
    res.json({ left: credits?.credits });
  } catch (err) {
    next(err);
  }
});

// a device moved to another site and the site's count raised: two changes, the first stays when the second fails
app.post('/devices/:id/move', async (req, res, next) => {
  try {
    const updated = await db.update(devices).set({ name: String(req.body.site) }).where(and(eq(devices.id, req.params.id))).returning({ id: devices.id }); // expect: data/transaction-missing
    if (updated.length === 0) return res.status(404).json({ error: 'not found' });
    await db.insert(counters).values({ id: String(req.body.site), value: 1 });
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

app.use((err: Error, req: express.Request, res: express.Response, next: express.NextFunction) => res.status(500).json({ error: 'internal error' }));
app.listen(3000);

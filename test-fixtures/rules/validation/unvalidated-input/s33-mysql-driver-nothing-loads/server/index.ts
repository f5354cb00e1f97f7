import express from 'express';
import { eq } from 'drizzle-orm';
import { db, regions } from './db';

const app = express();

// the country is only a bound lookup value of a Postgres query: an object sent in its place becomes no SQL
app.get('/api/states', async (req, res, next) => {
  try {
    const rows = await db.select({ state: regions.state }).from(regions).where(eq(regions.country, req.query.country as string));
    res.json(rows.map((r) => r.state));
  } catch (err) {
    next(err);
  }
});

// the note is stored as sent
app.post('/api/regions/:id/note', express.json(), async (req, res, next) => {
  try {
    await db.update(regions).set({ state: req.body.note }).where(eq(regions.id, Number(req.params.id))); // expect: validation/unvalidated-input
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

app.listen(5000);

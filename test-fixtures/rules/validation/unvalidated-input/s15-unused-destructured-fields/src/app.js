import express from 'express';
import prisma from './prisma.js';

const app = express();
app.use(express.json());

// the date range is destructured under names that say they are not used, and nothing reads them
app.get('/games/summary', async (req, res) => {
  const {
    seasonId,
    from: _from,
    to: _to,
  } = req.query;
  const games = await prisma.game.findMany({ where: { seasonId: String(seasonId) } });
  res.json({ total: games.length });
});

// the same range read and handed to the query as it came
app.get('/games/range', async (req, res) => {
  const {
    seasonId, // expect: validation/unvalidated-input
    from,
    to,
  } = req.query;
  const saved = await prisma.savedRange.create({ data: { seasonId: String(seasonId), from, to } });
  res.json({ id: saved.id });
});

app.listen(3000);

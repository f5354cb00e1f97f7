import express from 'express';
import { syncAll, countsPerServer, findByPath, findMany } from './sync';
import { coachReply, goalsForPlayers } from './coach';
import { storeReceipts, migrateAll, storeReceiptsOneByOne } from './batches';

const app = express();
app.use(express.json());

app.post('/api/servers/sync', async (req, res, next) => {
  try {
    res.json(await syncAll());
  } catch (err) {
    next(err);
  }
});

app.get('/api/servers/counts', async (req, res, next) => {
  try {
    res.json(await countsPerServer());
  } catch (err) {
    next(err);
  }
});

app.get('/api/files/by-path', async (req, res, next) => {
  try {
    res.json(await findByPath(String(req.query.path), String(req.query.team)));
  } catch (err) {
    next(err);
  }
});

app.post('/api/coach/chat', async (req, res, next) => {
  try {
    res.json(await coachReply(String(req.body.playerId), String(req.body.question)));
  } catch (err) {
    next(err);
  }
});

app.post('/api/coach/goals', async (req, res, next) => {
  try {
    res.json(await goalsForPlayers(Array.isArray(req.body.ids) ? req.body.ids.map(String) : []));
  } catch (err) {
    next(err);
  }
});

app.post('/api/alerts/:id/receipts', async (req, res) => {
  await storeReceipts(req.params.id, Array.isArray(req.body.userIds) ? req.body.userIds.map(String) : []);
  res.status(204).end();
});

app.post('/api/alerts/:id/receipts-slow', async (req, res) => {
  await storeReceiptsOneByOne(req.params.id, Array.isArray(req.body.userIds) ? req.body.userIds.map(String) : []);
  res.status(204).end();
});

app.post('/api/admin/migrate', async (req, res) => {
  await migrateAll(Array.isArray(req.body.pending) ? req.body.pending : []);
  res.status(204).end();
});

app.post('/api/files/many', async (req, res, next) => {
  try {
    res.json(await findMany(String(req.body.path), Array.isArray(req.body.more) ? req.body.more.map(String) : []));
  } catch (err) {
    next(err);
  }
});

app.listen(3000);

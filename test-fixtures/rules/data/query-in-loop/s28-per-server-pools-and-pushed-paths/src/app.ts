import express from 'express';
import { syncAll, countsPerServer, findByPath } from './sync';
import { coachReply, goalsForPlayers } from './coach';

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

app.listen(3000);

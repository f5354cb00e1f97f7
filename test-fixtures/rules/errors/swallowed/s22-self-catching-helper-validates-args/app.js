import express from 'express';
import { recordActivity, recordStrict } from './services/activity.js';

const app = express();
app.use(express.json());

app.post('/notes/:id/pin', async (req, res) => {
  recordActivity({ action: 'pin', actorId: req.get('x-user-id') }).catch(() => {});
  res.status(204).end();
});

app.post('/notes/:id/archive', async (req, res) => {
  recordStrict({ action: req.body.action, actorId: req.get('x-user-id') }).catch(() => {}); // expect: errors/swallowed
  res.status(204).end();
});

app.listen(3000);

import express from 'express';
import { broadcast, sendWithFailover } from './sms';
import { bumpScore, recordRound, teamTotals } from './stats';

const app = express();
app.use(express.json());

app.post('/sms', async (req, res) => {
  res.json(await sendWithFailover(String(req.body.to), String(req.body.text), (process.env.SMS_PROVIDERS || 'primary').split(',')));
});

app.post('/sms/broadcast', async (req, res) => {
  await broadcast(Array.isArray(req.body.to) ? req.body.to.map(String) : [], String(req.body.text));
  res.status(202).end();
});

app.post('/scores', async (req, res) => {
  await bumpScore(String(req.body.userId), Number(req.body.points) || 0);
  res.status(204).end();
});

app.post('/rounds', async (req, res) => {
  await recordRound(String(req.body.userId), Number(req.body.score) || 0);
  res.status(201).end();
});

app.get('/teams/totals', async (req, res) => {
  res.json(await teamTotals(String(req.query.ids || '').split(',')));
});

app.listen(3000);

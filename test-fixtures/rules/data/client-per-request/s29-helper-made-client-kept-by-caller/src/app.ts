import express from 'express';
import { getPublisher, oneShot } from './redis';

const app = express();
app.use(express.json());

app.post('/events', async (req, res) => {
  const pub = await getPublisher();
  await pub.publish('events', JSON.stringify({ kind: String(req.body.kind) }));
  res.status(202).end();
});

app.post('/events/once', async (req, res) => {
  const conn = await oneShot();
  await conn.publish('events', 'ping');
  await conn.quit();
  res.status(202).end();
});

app.listen(3000);

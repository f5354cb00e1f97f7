import express from 'express';
import { fileInboxItems, openBroadcast, openQuietBroadcast, relay, setBroadcastStatus } from './broadcasts';

const app = express();
app.use(express.json());

// the broadcast record is opened first and tracks the outcome: where relaying or filing the inbox items fails, the
// catch marks that same record failed before the error goes on, so no broadcast is left claiming to be sending
app.post('/broadcasts', async (req, res) => {
  const userIds: number[] = Array.isArray(req.body.userIds) ? req.body.userIds.map(Number) : [];
  const title = String(req.body.title ?? '');
  const broadcast = await openBroadcast(title);
  try {
    if (userIds.length === 0) {
      await setBroadcastStatus(broadcast.id, 'done', 0);
      return res.json({ id: broadcast.id, delivered: 0 });
    }
    const delivered = await relay(title, userIds);
    await fileInboxItems(broadcast.id, userIds);
    await setBroadcastStatus(broadcast.id, 'done', delivered);
    return res.json({ id: broadcast.id, delivered });
  } catch (err) {
    await setBroadcastStatus(broadcast.id, 'failed', 0);
    throw err;
  }
});

// the same steps with a catch that only logs: a failed inbox filing leaves a broadcast that says 'queued' forever
app.post('/broadcasts/quiet', async (req, res) => {
  const userIds: number[] = Array.isArray(req.body.userIds) ? req.body.userIds.map(Number) : [];
  const title = String(req.body.title ?? '');
  const broadcast = await openQuietBroadcast(title);
  try {
    await fileInboxItems(broadcast.id, userIds);
    const delivered = await relay(title, userIds);
    return res.json({ id: broadcast.id, delivered });
  } catch (err) {
    console.error('broadcast failed', err);
    return res.status(502).json({ error: 'broadcast failed' });
  }
});

app.listen(3000);

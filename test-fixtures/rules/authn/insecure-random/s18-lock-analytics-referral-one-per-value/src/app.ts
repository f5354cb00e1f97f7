import express from 'express';
import { RowMutex } from './lib/mutex';
import { EventEmitterSink } from './analytics/events';
import { ReferralService } from './referrals/service';
import { sendConfirmation } from './auth/verification';
import { resetMemberPassword } from './admin/users';

const app = express();
app.use(express.json());
const mutex = new RowMutex();
const events = new EventEmitterSink();
const referrals = new ReferralService();

app.post('/jobs/:name/run', async (req, res) => {
  const owner = await mutex.acquire(req.params.name);
  if (!owner) return res.status(409).end();
  events.record('job_run', { name: req.params.name });
  await mutex.release(req.params.name, owner);
  res.status(204).end();
});

app.post('/members/:id/referral-code', async (req, res) => res.json({ code: await referrals.codeFor(req.params.id) }));
app.post('/members/:id/confirm', async (req, res) => { await sendConfirmation(req.params.id); res.status(202).end(); });
app.post('/members/:id/password-reset', async (req, res) => res.json({ password: await resetMemberPassword(req.params.id) }));

app.listen(3000);

const express = require('express');
const { setJobState, patchJob } = require('./store');

const app = express();
app.use(express.json());

app.post('/jobs/:id/cancel', async (req, res) => {
  const id = req.params.id;
  await setJobState(id, 'cancelled', { note: `cancelled by request for ${id}`, finished_at: new Date().toISOString() });
  res.json({ ok: true });
});

app.post('/jobs/:id/fail', async (req, res) => {
  const reason = req.body.reason;
  await setJobState(req.params.id, 'failed', { ...{ error_message: reason }, finished_at: new Date().toISOString() });
  res.json({ ok: true });
});

app.patch('/jobs/:id', async (req, res) => {
  await patchJob(req.params.id, req.body);
  res.json({ ok: true });
});

app.listen(3000);

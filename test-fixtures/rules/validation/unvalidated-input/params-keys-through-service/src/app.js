import express from 'express';
import { cancelExport, exportStatus, relabel } from './exports.js';

const app = express();

app.delete('/exports/:exportId', async (req, res) => {
  const removed = await cancelExport(req.params.exportId);
  res.status(removed ? 204 : 404).end();
});

app.get('/exports/:exportId/status', async (req, res) => {
  const status = await exportStatus(req.params.exportId);
  if (!status) return res.status(404).end();
  res.json(status);
});

app.post('/exports/:exportId/label/:label', async (req, res) => {
  await relabel(req.params.exportId, req.params.label); // expect: validation/unvalidated-input
  res.status(204).end();
});

app.listen(3000);

const express = require('express');

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
app.use(express.json());

const notes = [];

function saveToBucket(req, res) {
  notes.push({ where: 'bucket', text: String(req.body.text) }); // expect: validation/unvalidated-input
  res.status(201).json({ stored: 'bucket' });
}

function saveToDisk(req, res) {
  notes.push({ where: 'disk', text: String(req.body.text) }); // expect: validation/unvalidated-input
  res.status(201).json({ stored: 'disk' });
}

// one of the two arms registers POST /notes in a run: the second is no shadow of the first
if (process.env.NOTES_BUCKET) { // expect: config/env-undocumented
  app.post('/notes', saveToBucket);
} else {
  app.post('/notes', saveToDisk);
}

// a real duplicate: the first GET /notes/:id answers every request the second would get
app.get('/notes/:id', (req, res) => res.json(notes[Number(req.params.id)] ?? null));
app.get('/notes/:noteId', (req, res) => res.json({ id: req.params.noteId }));

app.listen(process.env.PORT || 3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing

import express from 'express';

type Mode = 'replace' | 'merge' | 'append';

const app = express();
app.use(express.json({ limit: '200kb' }));
const queue: { mode: Mode; label?: string }[] = [];

// the mode goes on only as one of the listed members, anything else becomes the default
app.post('/imports', (req, res) => {
  const MODES: Mode[] = ['replace', 'merge', 'append'];
  const wanted = String(req.body.mode || '');
  const mode: Mode = (MODES as string[]).includes(wanted) ? (wanted as Mode) : 'append';
  queue.push({ mode });
  res.status(202).json({ queued: queue.length });
});

// a list the client sends decides nothing: the value goes on as it came
app.post('/imports/custom', (req, res) => {
  const allowed: string[] = Array.isArray(req.body.allowed) ? req.body.allowed : []; // expect: validation/unvalidated-input
  const mode = allowed.includes(req.body.mode) ? req.body.mode : 'append';
  queue.push({ mode });
  res.status(202).json({ queued: queue.length });
});

// the fallback is another request value, kept unchecked
app.post('/imports/labelled', (req, res) => {
  const mode = ['replace', 'merge'].includes(req.body.mode) ? req.body.mode : 'append';
  const label = ['a', 'b'].includes(req.body.tag) ? req.body.tag : req.body.label; // expect: validation/unvalidated-input
  queue.push({ mode, label });
  res.status(202).json({ queued: queue.length });
});

app.listen(3000);

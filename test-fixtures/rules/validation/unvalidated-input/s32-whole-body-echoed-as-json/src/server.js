const express = require('express');

const app = express();
app.use(express.json());
const outbox = [];

// a probe: the body goes back to its own sender as JSON data, nothing else reads it
app.post('/api/test-email', (req, res) => {
  res.json({ success: true, received: req.body, at: new Date().toISOString() });
});

app.post('/api/echo', (req, res) => res.json(req.body));

// the same answer, but the body is also queued for the mailer
app.post('/api/queue-email', (req, res) => {
  outbox.push(req.body); // expect: validation/unvalidated-input
  res.json({ queued: outbox.length, received: req.body });
});

app.listen(3000);

const express = require('express');
const fs = require('fs');

const app = express();
app.use(express.json());

// small checks kept in one object; the composite ones call the basic ones on fields of what they are given
const checks = {
  present: (value, label) => {
    if (value === null || value === undefined || value === '') return { ok: false, msg: `${label} is required` };
    return { ok: true };
  },
  text: (value, label) => {
    if (value === undefined) return { ok: true };
    if (typeof value !== 'string') return { ok: false, msg: `${label} must be text` };
    return { ok: true };
  },
  size: (value, min, max, label) => {
    if (value === undefined) return { ok: true };
    const n = value.length;
    if (n < min || n > max) return { ok: false, msg: `${label} must have ${min} to ${max} characters` };
    return { ok: true };
  },
  validateNote: (input) => {
    const problems = [];
    for (const r of [checks.present(input.text, 'text'), checks.text(input.text, 'text'), checks.size(input.text, 1, 20000, 'text')]) {
      if (!r.ok) problems.push(r.msg);
    }
    return { ok: problems.length === 0, problems };
  },
  validateCard: (input) => {
    const problems = [];
    let r = checks.text(input.title, 'title');
    if (!r.ok) problems.push(r.msg);
    r = checks.size(input.title, 1, 80, 'title');
    if (!r.ok) problems.push(r.msg);
    return { ok: problems.length === 0, problems };
  },
};

app.post('/notes', (req, res) => {
  const { text } = req.body;
  const verdict = checks.validateNote(req.body);
  if (!verdict.ok) {
    return res.status(400).json({ problems: verdict.problems });
  }
  fs.writeFileSync('note.json', JSON.stringify({ text, savedAt: Date.now() }));
  res.status(201).json({ saved: true });
});

// the card check looks at the title only: the labels go to the file as sent
app.post('/cards', (req, res) => {
  const { title, labels } = req.body; // expect: validation/unvalidated-input
  const verdict = checks.validateCard(req.body);
  if (!verdict.ok) return res.status(400).json({ problems: verdict.problems });
  fs.writeFileSync('card.json', JSON.stringify({ title, labels }));
  res.status(201).json({ saved: true });
});

app.listen(3000);

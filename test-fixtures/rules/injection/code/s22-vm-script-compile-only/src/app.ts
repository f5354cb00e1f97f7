import express from 'express';
import vm from 'node:vm';
import { Script } from 'vm';

const app = express();
app.use(express.json());

// the rule text is only compiled to report a syntax error at once; nothing runs it
app.post('/rules/check', (req, res) => {
  try {
    new Script(req.body.source, { filename: 'rule.js' });
    res.json({ valid: true });
  } catch (err) {
    res.status(400).json({ valid: false, error: String(err) });
  }
});

// compiled, then run in a context
app.post('/rules/try', (req, res) => {
  const script = new vm.Script(req.body.source); // expect: injection/code
  const out = script.runInNewContext({ input: req.body.input }, { timeout: 50 });
  res.json({ out });
});

app.listen(3000);

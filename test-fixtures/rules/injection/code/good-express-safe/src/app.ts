import express from 'express';
import vm from 'node:vm';
import { evaluate } from 'mathjs';

const app = express();
app.use(express.json());

const RULES: Record<string, (total: number) => boolean> = {
  big: (total) => total > 100,
  small: (total) => total <= 100,
};
const PLUGINS: Record<string, string> = { csv: './plugins/csv', xlsx: './plugins/xlsx' };

// a function, not a string, is scheduled
app.post('/remind', (req, res) => {
  const message = String(req.body.message);
  setTimeout(() => console.log(message), 1000);
  setInterval(function tick() { console.log(req.body.message); }, 5000);
  res.sendStatus(202);
});

// data is parsed as data
app.post('/settings', (req, res) => {
  const settings = JSON.parse(req.body.settings);
  res.json(settings);
});

// the client picks one of the server's functions
app.post('/rules', (req, res) => {
  const rule = RULES[String(req.body.rule)];
  if (!rule) return res.status(400).end();
  res.json({ ok: rule(Number(req.body.total)) });
});

// a module from a fixed map, after an allow-list check
app.get('/export/:format', (req, res) => {
  const format = req.params.format;
  if (!Object.keys(PLUGINS).includes(format)) return res.status(404).end();
  const plugin = require(PLUGINS.csv);
  res.json(plugin.describe());
});

// constant code in vm, request data only as a context value
app.post('/sum', (req, res) => {
  const out = vm.runInNewContext('a + b', { a: Number(req.body.a), b: Number(req.body.b) });
  res.json({ out });
});

// a math parser instead of eval; a number into eval
app.get('/calc', (req, res) => {
  res.json({ result: evaluate(String(req.query.expr)), twice: eval(String(Number(req.query.n) * 2)) });
});

app.listen(3000);

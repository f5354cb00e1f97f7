const express = require('express');
const cookieParser = require('cookie-parser');
const vm = require('vm');
const { VM } = require('vm2');
const serialize = require('node-serialize');
const { evaluateFormula } = require('./formula');

const app = express();
app.use(express.json());
app.use(cookieParser());

app.get('/calc', (req, res) => {
  res.json({ result: evaluateFormula(req.query.expr) });
});

app.post('/rules', (req, res) => {
  const check = new Function('order', 'return ' + req.body.condition); // expect: injection/code
  res.json({ ok: check({ total: 10 }) });
});

app.post('/sandbox', (req, res) => {
  const out = vm.runInNewContext(req.body.script, { items: [] }); // expect: injection/code
  res.json({ out });
});

app.post('/script', async (req, res) => {
  const script = new vm.Script(`(${req.body.fn})`); // expect: injection/code
  const mod = await import(req.body.module); // expect: injection/code
  res.json({ out: script.runInNewContext({}), mod: Object.keys(mod) });
});

app.post('/run', (req, res) => {
  const { code } = req.body;
  if (typeof code !== 'string') return res.status(400).json({ error: 'code must be a string' });
  const sandbox = new VM({ timeout: 1000 });
  res.json({ out: sandbox.run(code) }); // expect: injection/code
});

app.post('/remind', (req, res) => {
  setTimeout('notify("' + req.body.message + '")', 1000); // expect: injection/code
  res.sendStatus(202);
});

app.get('/plugin/:name', (req, res) => {
  const plugin = require('./plugins/' + req.params.name); // expect: injection/code
  res.json(plugin.describe());
});

app.get('/profile', (req, res) => {
  const raw = Buffer.from(req.cookies.profile, 'base64').toString();
  const profile = serialize.unserialize(raw); // expect: injection/code
  res.send('Hello ' + profile.username);
});

app.listen(3000);

import express from 'express';
import { exec, execFile, spawn } from 'node:child_process';
import { z } from 'zod';

const app = express();
const TOOLS = ['uptime', 'df', 'free'];

// arguments handed to a program without a shell are not parsed by a shell
app.get('/dig', (req, res) => {
  execFile('dig', ['+short', String(req.query.domain)], (err, out) => res.send(out));
});

app.get('/grep', (req, res) => {
  spawn('grep', ['-r', String(req.query.q), '/srv/logs']).stdout.pipe(res);
});

// a constant command, and a number
app.get('/uptime', (req, res) => {
  exec('uptime', (err, out) => res.send(out));
});

app.get('/tail', (req, res) => {
  const lines = Number(req.query.lines);
  exec(`tail -n ${lines} /var/log/app.log`, (err, out) => res.send(out));
});

// an allow-list checked before the call
app.get('/tool', (req, res) => {
  const tool = String(req.query.tool);
  if (!TOOLS.includes(tool)) return res.status(400).json({ error: 'unknown tool' });
  exec(tool, (err, out) => res.send(out));
});

// validated by a schema that only admits a hostname shape
const Host = z.object({ host: z.string().regex(/^[a-z0-9.-]+$/) });
app.post('/ping', (req, res) => {
  const { host } = Host.parse(req.body);
  exec(`ping -c 1 ${host}`, (err, out) => res.send(out));
});

// the signed-in user's own id is not client text
app.post('/home', (req: any, res) => {
  exec(`mkdir -p /srv/homes/${req.user.id}`, () => res.sendStatus(201));
});

app.listen(3000);

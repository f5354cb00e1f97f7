import express from 'express';
import { exec } from 'child_process';

const app = express();
const BRANCHES = new Set(['main', 'release']);

class Job {
  private readonly cmd = 'npm run build';
  constructor(private readonly id: string) {}
  run() {
    // the command is the class's own constant; the client's id is only logged
    exec(this.cmd, () => console.log('job', this.id, 'done'));
  }
}

app.post('/builds', express.json(), (req, res) => {
  new Job(req.body.id).run();
  // field by field: the client's text sits in `label`, the command uses `tool`
  const task = { label: req.body.label, tool: 'make' };
  exec(task.tool, () => res.sendStatus(202));
});

app.post('/deploy', express.json(), (req, res) => {
  const branch = String(req.body.branch);
  if (!BRANCHES.has(branch)) return res.status(400).json({ error: 'unknown branch' });
  runDeploy(branch).then((out) => res.send(out));
});

function runDeploy(branch: string): Promise<string> {
  return new Promise((resolve) => exec(`./deploy.sh ${branch}`, (e, out) => resolve(out)));
}

app.get('/stats', (req, res) => {
  const count = req.query.names?.length ?? 0;
  exec(`seq ${count}`, (e, out) => res.send(out));
});

app.listen(3000);

import express from 'express';
import { Pool } from 'pg';
import { TeamStore } from './team.store';

const app = express();
app.use(express.json());
const teams = new TeamStore(new Pool({ connectionString: process.env.DATABASE_URL }));

app.patch('/teams/:id', async (req, res) => {
  await teams.update(req.params.id, req.body);
  res.json({ ok: true });
});

app.patch('/teams/:id/raw', async (req, res) => {
  await teams.updateRaw(req.params.id, req.body);
  res.json({ ok: true });
});

app.listen(3000);

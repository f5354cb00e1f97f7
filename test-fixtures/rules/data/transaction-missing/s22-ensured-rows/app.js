const express = require('express');
const { pool, prisma } = require('./db');

const app = express();
app.use(express.json());

// the device row is only made sure of (kept as it is when present): run again, it changes nothing
app.put('/devices/:id/settings', async (req, res) => {
  await pool.query('INSERT INTO devices (id) VALUES ($1) ON CONFLICT DO NOTHING', [req.params.id]);
  await pool.query('UPDATE device_settings SET radius = $1 WHERE device_id = $2', [req.body.radius, req.params.id]);
  res.status(204).end();
});

// a default budget made when missing, then the spend recorded
app.post('/tenants/:id/spend', async (req, res) => {
  const budget = await prisma.budget.upsert({ where: { tenantId: req.params.id }, update: {}, create: { tenantId: req.params.id, cents: 1000 } });
  await prisma.charge.create({ data: { budgetId: budget.id, cents: req.body.cents } });
  res.status(201).end();
});

// this upsert moves a balance when the row exists: a change like any other
app.post('/tenants/:id/topup', async (req, res) => {
  await prisma.wallet.upsert({ where: { tenantId: req.params.id }, update: { cents: { increment: req.body.cents } }, create: { tenantId: req.params.id, cents: req.body.cents } }); // expect: data/transaction-missing
  await prisma.topup.create({ data: { tenantId: req.params.id, cents: req.body.cents } });
  res.status(201).end();
});

// a new project and, per member given, its membership rows: ON CONFLICT DO NOTHING only skips a repeated member;
// the rows belong to the project this request made, and a failure halfway leaves a project with half its members
app.post('/projects', async (req, res) => {
  const { rows } = await pool.query('INSERT INTO projects (name) VALUES ($1) RETURNING id', [req.body.name]); // expect: data/transaction-missing
  for (const userId of req.body.memberIds) {
    await pool.query('INSERT INTO project_members (project_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [rows[0].id, userId]);
  }
  res.status(201).json({ id: rows[0].id });
});

app.listen(3000);

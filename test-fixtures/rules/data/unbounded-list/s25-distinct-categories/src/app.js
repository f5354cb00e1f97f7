const express = require('express');
const { PrismaClient } = require('@prisma/client');
const { Pool } = require('pg');

const prisma = new PrismaClient();
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(express.json());

app.post('/audit', async (req, res) => {
  await prisma.auditEntry.create({ data: { action: req.body.action, resource: req.body.resource, actorId: req.body.actorId } });
  await pool.query('INSERT INTO audit_entries (action, resource) VALUES ($1, $2)', [req.body.action, req.body.resource]);
  res.status(201).end();
});

// the filter menu: one row per action name
app.get('/audit/actions', async (req, res) => {
  const rows = await prisma.auditEntry.findMany({ distinct: ['action'], select: { action: true }, orderBy: { action: 'asc' } });
  res.json(rows.map((r) => r.action));
});

app.get('/audit/resources', async (req, res) => {
  const result = await pool.query('SELECT DISTINCT resource FROM audit_entries ORDER BY resource');
  res.json(result.rows);
});

// one row per actor: grows with the users
app.get('/audit/actors', async (req, res) => {
  const result = await pool.query('SELECT DISTINCT actor_id FROM audit_entries'); // expect: data/unbounded-list
  res.json(result.rows);
});

// every entry, whole
app.get('/audit', async (req, res) => {
  res.json(await prisma.auditEntry.findMany({ orderBy: { id: 'desc' } })); // expect: data/unbounded-list
});

app.listen(3000);

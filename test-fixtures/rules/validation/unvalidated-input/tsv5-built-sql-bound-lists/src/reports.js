const express = require('express');
const { run } = require('./lib/sql');

const router = express.Router();

// conditions are fixed texts collected in a list and joined; their values are pushed onto the bound list,
// and the count query reuses the list without its page size
router.get('/reports/vendors', async (req, res) => {
  const plan = req.query.plan;
  const region = req.query.region;
  const size = parseInt(req.query.size) || 20;
  const conditions = ['v.active = 1'];
  const bound = [];
  if (plan) {
    conditions.push('s.plan = ?');
    bound.push(plan);
  }
  if (region) {
    conditions.push('v.region = ?');
    bound.push(region);
  }
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  bound.push(size);
  const page = await run(`SELECT v.id, v.name FROM vendors v JOIN subscriptions s ON s.vendor_id = v.id ${where} LIMIT ?`, bound);
  const total = await run(`SELECT COUNT(*) AS n FROM vendors v JOIN subscriptions s ON s.vendor_id = v.id ${where}`, bound.slice(0, -1));
  res.json({ items: page.rows, total: total.rows[0].n });
});

// fixed conditions joined as before, but the sort column is written into the ORDER BY text itself
router.get('/reports/guests', async (req, res) => {
  const order = req.query.order; // expect: validation/unvalidated-input
  const conditions = ['g.deleted_at IS NULL'];
  const rows = await run(`SELECT * FROM guests g WHERE ${conditions.join(' AND ')} ORDER BY ${order}`);
  res.json(rows.rows);
});

module.exports = router;

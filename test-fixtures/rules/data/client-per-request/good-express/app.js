const express = require('express');
const { prisma, getPool } = require('./db');

const app = express();

app.get('/users', async (req, res) => {
  res.json(await prisma.user.findMany({ take: 20 }));
});

app.get('/orders', async (req, res) => {
  const { rows } = await getPool().query('SELECT id, total FROM orders WHERE user_id = $1 LIMIT 50', [req.query.userId]);
  res.json(rows);
});

app.listen(3000);

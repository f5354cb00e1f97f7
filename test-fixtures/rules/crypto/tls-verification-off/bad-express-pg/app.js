const express = require('express');
const { pool } = require('./db');
const { transport } = require('./mailer');

const app = express();
app.use(express.json());
app.post('/orders', async (req, res) => {
  const { rows } = await pool.query('INSERT INTO orders(item) VALUES ($1) RETURNING id', [String(req.body.item)]);
  await transport.sendMail({ to: 'ops@example.com', subject: 'order', text: String(rows[0].id) });
  res.status(201).json(rows[0]);
});
app.listen(3000);

const express = require('express');
const rateLimit = require('express-rate-limit');
const session = require('express-session');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET || 'change-me-before-production', resave: false, saveUninitialized: false }));
app.use(rateLimit({ windowMs: 60 * 1000, limit: 10 }));

app.get('/api/bookings/:id', async (req, res) => {
  const { rows } = await pool.query('SELECT id, slot FROM bookings WHERE id = $1', [String(req.params.id)]);
  if (!rows[0]) return res.status(404).end();
  res.json(rows[0]);
});

app.listen(process.env.PORT || 3000);

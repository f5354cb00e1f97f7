const express = require('express');
const { Pool } = require('pg');

const pool = new Pool();
const app = express();

app.get('/search', async (req, res, next) => {
  try {
    const q = String(req.query.q || '').slice(0, 80);
    const { rows } = await pool.query('SELECT id, title FROM docs WHERE title ILIKE $1 LIMIT 20', [`%${q}%`]);
    pool.query('INSERT INTO search_log (term) VALUES ($1)', [q]).catch(() => {}); // best-effort: a lost log row changes nothing
    pool.query('UPDATE docs SET hits = hits + 1 WHERE id = ANY($1)', [rows.map((r) => r.id)]).catch(() => {}); // expect: errors/swallowed
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

app.listen(3000);

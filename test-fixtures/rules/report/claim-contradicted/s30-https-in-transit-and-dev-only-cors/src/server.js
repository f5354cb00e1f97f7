const express = require('express');
const cors = require('cors');
const helmet = require('helmet');
const { Pool } = require('pg');

// the managed Postgres presents a certificate of its own CA; the pool does not check it
const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } });

const app = express();
app.use(helmet());
const allowed = (process.env.ALLOWED_ORIGINS || '').split(',').filter(Boolean);
const isDev = process.env.NODE_ENV !== 'production';
app.use(cors({
  // any origin while developing; the listed ones (or none) in production
  origin: isDev ? true : (allowed.length > 0 ? allowed : false),
  credentials: true,
}));
app.use(express.json());

app.get('/api/notes/:id', async (req, res) => {
  const { rows } = await pool.query('SELECT id, body FROM notes WHERE id = $1', [String(req.params.id)]);
  if (!rows[0]) return res.status(404).end();
  res.json(rows[0]);
});

app.listen(process.env.PORT || 3000);

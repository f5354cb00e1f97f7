const express = require('express');
const helmet = require('helmet');
const { Pool } = require('pg');

const db = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(helmet());

// the probe answers ok; ?detailed=true adds the dependency report for an operator holding the admin key
app.get('/health', async (req, res) => {
  const detailed = req.query.detailed === 'true';
  if (detailed && req.get('x-admin-key') !== process.env.ADMIN_KEY) return res.status(401).json({ error: 'unauthorized' });
  let database = 'ok';
  try {
    await db.query('SELECT 1');
  } catch {
    database = 'error';
  }
  const status = database === 'ok' ? 200 : 503;
  res.status(status).json(detailed ? { status: database, database } : { status: database });
});

app.get('/api/products', async (req, res) => res.json((await db.query('SELECT id, name FROM products')).rows));

app.listen(process.env.PORT || 3000);

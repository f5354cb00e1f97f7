const express = require('express');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(express.json());

// every character outside letters, digits and _ becomes _: only a name is left
function schemaName(name) {
  const cleaned = name.replace(/[^a-zA-Z0-9_]/g, '_');
  if (cleaned.length === 0 || cleaned.length > 63) throw new Error('bad schema name');
  return cleaned;
}

// a space is kept as a space: "x; DROP TABLE users" keeps its words
function looseName(name) {
  return name.replace(/[^a-zA-Z0-9_ ]/g, ' ');
}

app.post('/restore-tests', async (req, res) => {
  const schema = schemaName(req.body.testSchemaName);
  await pool.query(`CREATE SCHEMA ${schema}`);
  res.status(201).json({ schema });
});

app.post('/restore-tests/loose', async (req, res) => {
  const schema = looseName(req.body.testSchemaName);
  await pool.query(`CREATE SCHEMA ${schema}`); // expect: injection/sql-raw-query
  res.status(201).json({ schema });
});

app.listen(3000);

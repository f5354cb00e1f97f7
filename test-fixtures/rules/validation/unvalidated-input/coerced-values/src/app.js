import express from 'express';
import pg from 'pg';

const pool = new pg.Pool();
const app = express();
const SORTS = { newest: 'created_at DESC', oldest: 'created_at ASC' };

async function listItems(archived, sortSql, offset, size) {
  const { rows } = await pool.query(`SELECT * FROM items WHERE archived = $1 ORDER BY ${sortSql} OFFSET $2 LIMIT $3`,
    [archived, offset, size]);
  return rows;
}

// a flag compared with a literal, numbers parsed with a fallback, a sort key looked up in a fixed map
app.get('/items', async (req, res) => {
  const archived = req.query.archived === 'true';
  const offset = parseInt(req.query.offset) || 0;
  const size = Math.min(Number(req.query.size) || 20, 100);
  const sortSql = SORTS[req.query.sort] || SORTS.newest;
  res.json(await listItems(archived, sortSql, offset, size));
});

// a switch over literals picks the SQL; the value itself goes nowhere
app.get('/items/report', async (req, res) => {
  let column;
  switch (req.query.group) {
    case 'unit': column = 'unit'; break;
    case 'shelf': column = 'shelf'; break;
    default: column = 'category';
  }
  const { rows } = await pool.query(`SELECT ${column}, count(*) FROM items GROUP BY ${column}`);
  res.json(rows);
});

// a number without a fallback is NaN when it does not parse; a raw value beside the comparison is still used
app.get('/items/search', async (req, res) => {
  const exact = req.query.exact === 'yes';
  const page = Number(req.query.page); // expect: validation/unvalidated-input[warning]
  const { rows } = await pool.query('SELECT * FROM items WHERE name ILIKE $1 OFFSET $2', [exact ? req.query.q : `%${req.query.q}%`, page]);
  res.json(rows);
});

// the flag is echoed back as JSON and handed to a parameter the helper never reads
async function countItems(_archived) {
  const { rows } = await pool.query('SELECT count(*) FROM items');
  return rows[0];
}

app.get('/items/count', async (req, res) => {
  const archived = req.query.archived || 'no';
  res.json({ archived, count: await countItems(archived) });
});

app.listen(3000);

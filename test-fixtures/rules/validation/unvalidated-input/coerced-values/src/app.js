import express from 'express';
import pg from 'pg';
import { Op } from 'sequelize';
import { Item } from './item.js';

const pool = new pg.Pool();
const app = express();

async function listItems(archived, offset, size) {
  const { rows } = await pool.query('SELECT * FROM items WHERE archived = $1 ORDER BY id OFFSET $2 LIMIT $3',
    [archived, offset, size]);
  return rows;
}

// a flag compared with a literal, numbers parsed with a fallback
app.get('/items', async (req, res) => {
  const archived = req.query.archived === 'true';
  const offset = parseInt(req.query.offset) || 0;
  const size = Math.min(Number(req.query.size) || 20, 100);
  res.json(await listItems(archived, offset, size));
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

// a value under a computed operator key is still used, though no comparison or echo shows where it went
app.get('/items/like', async (req, res) => {
  const { text } = req.query; // expect: validation/unvalidated-input[warning]
  res.json(await Item.findAll({ where: { name: { [Op.like]: `%${text}%` } } }));
});

app.listen(3000);

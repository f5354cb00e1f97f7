import express from 'express';
import pg from 'pg';

const db = new pg.Pool();
const app = express();
const LISTING_STATES = ['draft', 'review', 'live', 'retired'];

// the state asked for, when it is one of the known states; 'any' when none is asked for; undefined otherwise
function readStateFilter(raw) {
  if (!raw || raw === 'any') return 'any';
  if (LISTING_STATES.includes(raw)) return raw;
  return undefined;
}

// the same shape of helper, without the list: it answers whatever it is given
function readLooseFilter(raw) {
  if (!raw || raw === 'any') return 'any';
  return raw;
}

app.get('/admin/listings', async (req, res) => {
  const state = readStateFilter(req.query.state);
  if (req.query.state && state === undefined) {
    return res.status(400).json({ error: `unknown state; one of ${LISTING_STATES.join(', ')}` });
  }
  const sql = state === 'any' ? 'SELECT * FROM listings' : 'SELECT * FROM listings WHERE state = $1';
  const { rows } = await db.query(sql, state === 'any' ? [] : [state]);
  res.json(rows);
});

app.get('/admin/drafts', async (req, res) => {
  const state = readLooseFilter(req.query.state); // expect: validation/unvalidated-input
  if (req.query.state && state === undefined) {
    return res.status(400).json({ error: 'unknown state' });
  }
  await db.query(`SELECT * FROM listings WHERE state = '${state}'`);
  res.json({ state });
});

app.listen(3000);

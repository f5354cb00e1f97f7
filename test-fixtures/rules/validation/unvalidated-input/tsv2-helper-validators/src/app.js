import express from 'express';
import axios from 'axios';
import pg from 'pg';
import { validatePlot, checkSeedCode, nicknameValidator, pageWindow, requireFields, checkAndSaveNote } from './checks.js';

const db = new pg.Pool();
const app = express();
app.use(express.json());

// a validator returns a list of problems; any problem answers 400
app.put('/plots/:id', async (req, res) => {
  const { plot } = req.body;
  const problems = validatePlot(plot);
  if (problems.length > 0) {
    return res.status(400).json({ problems });
  }
  await db.query('UPDATE plots SET data = $1 WHERE id = $2', [JSON.stringify(plot), Number(req.params.id)]);
  res.json({ ok: true });
});

// a validator returns { ok }; a failure throws
app.post('/seeds', async (req, res) => {
  const verdict = checkSeedCode(req.body.code);
  if (!verdict.ok) throw new Error(verdict.reason);
  await db.query('INSERT INTO seeds(code) VALUES ($1)', [req.body.code]);
  res.status(201).end();
});

// a boolean validator tested in the if itself
app.post('/members/nickname', async (req, res) => {
  if (!nicknameValidator(req.body.nickname)) return res.status(422).json({ error: 'bad nickname' });
  await db.query('UPDATE members SET nick = $1 WHERE id = $2', [req.body.nickname, req.user.id]);
  res.end();
});

// the result is only logged: nothing rejects, so the field is not validated
app.post('/members/motto', async (req, res) => {
  const problems = validatePlot(req.body.motto); // expect: validation/unvalidated-input
  if (problems.length > 0) console.warn('odd motto', problems);
  await db.query('UPDATE members SET motto = $1 WHERE id = $2', [req.body.motto, req.user.id]);
  res.end();
});

// the paging helper parses and clamps: the query is never used as sent
app.get('/plots', async (req, res) => {
  const { size, offset } = pageWindow(req.query);
  const rows = await db.query('SELECT * FROM plots LIMIT $1 OFFSET $2', [size, offset]);
  res.json(rows.rows);
});

// presence helper over the whole body, then an allow-list that throws on anything else
app.post('/plots/:id/review', async (req, res) => {
  requireFields(req.body, ['verdict']);
  const { verdict } = req.body;
  if (!['KEEP', 'CLEAR'].includes(verdict)) {
    throw new Error('verdict must be KEEP or CLEAR');
  }
  await db.query('UPDATE plots SET verdict = $1 WHERE id = $2', [verdict, Number(req.params.id)]);
  res.end();
});

// a helper named like a check that stores the value: still unvalidated
app.post('/notes', async (req, res) => {
  const saved = await checkAndSaveNote(db, req.body.note); // expect: validation/unvalidated-input
  if (!saved) return res.status(400).end();
  res.status(201).end();
});

// a stub that reads the body into a local and never uses it
app.post('/plots/import', async (req, res) => {
  const payload = req.body;
  res.status(501).end();
});

// a destructured flag never referenced; the other field is checked
app.get('/plots/:id/photo', async (req, res) => {
  const { thumb } = req.query;
  const id = Number(req.params.id);
  if (!Number.isInteger(id)) return res.status(400).end();
  res.json(await db.query('SELECT photo FROM plots WHERE id = $1', [id]));
});

// tests whose branches answer 200: the URL is fetched as sent
app.post('/plots/:id/picture', async (req, res) => {
  const { pictureUrl } = req.body; // expect: validation/unvalidated-input
  const answer = await axios.get(pictureUrl);
  if (pictureUrl.includes('cdn.example')) {
    return res.json({ cached: true });
  }
  if (/^data:/.test(pictureUrl)) {
    console.log('inline picture');
  }
  res.json({ size: answer.data.length });
});

// the local is spread into the update: every field the client sends is written
app.put('/plots/:id/notes', async (req, res) => {
  const changes = req.body; // expect: validation/unvalidated-input
  await db.query('UPDATE plots SET notes = $1 WHERE id = $2', [{ ...changes }, Number(req.params.id)]);
  res.end();
});

export default app;

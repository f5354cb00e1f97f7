import express from 'express';
import bcrypt from 'bcryptjs';
import pg from 'pg';

const db = new pg.Pool();
const app = express();
app.use(express.json());

// The passcode only answers whether the album opens: it is compared with the stored hash and a
// mismatch is a 401. Nothing is stored or built from it.
app.get('/albums/:albumId/open', async (req, res) => {
  const passcode = req.query.passcode;
  const { rows } = await db.query('SELECT passcode_hash FROM albums WHERE id = $1', [req.params.albumId]);
  if (!rows.length) return res.status(404).end();
  const ok = await bcrypt.compare(passcode, rows[0].passcode_hash);
  if (!ok) return res.status(401).json({ error: 'wrong passcode' });
  res.json({ opened: true });
});

// Here the same text is compared and then written to the album's caption: the caption is stored as sent.
app.post('/albums/:albumId/caption', async (req, res) => {
  const { rows } = await db.query('SELECT passcode_hash FROM albums WHERE id = $1', [req.params.albumId]);
  if (!rows.length) return res.status(404).end();
  if (!(await bcrypt.compare(req.body.passcode, rows[0].passcode_hash))) return res.status(401).end();
  await db.query('UPDATE albums SET caption = $1 WHERE id = $2', [req.body.caption, req.params.albumId]); // expect: validation/unvalidated-input
  res.status(204).end();
});

// The library loaded on demand: still only a comparison.
app.get('/albums/:albumId/peek', async (req, res) => {
  const { rows } = await db.query('SELECT passcode_hash FROM albums WHERE id = $1', [req.params.albumId]);
  if (!rows.length) return res.status(404).end();
  const same = await (await import('bcryptjs')).default.compare(req.query.passcode, rows[0].passcode_hash);
  if (!same) return res.status(401).end();
  res.json({ opened: true });
});

app.listen(3000);

const express = require('express');
const { Pool } = require('pg');

const pool = new Pool();
const api = express();
api.use(express.json({ limit: '50kb' }));

const ASSET_LINK = /^https:\/\/media\.example\.org\/a\/([a-z0-9]{6,40})\.(png|jpg|webp)$/;

// the match result is tested and a miss is refused: only links of the expected shape go on
api.post('/downloads', async (req, res) => {
  const { assetLink } = req.body;
  if (!assetLink) return res.status(400).json({ error: 'assetLink is required' });
  const parts = assetLink.match(ASSET_LINK);
  if (!parts) return res.status(400).json({ error: 'not an asset link' });
  await pool.query('INSERT INTO downloads (asset, ext) VALUES ($1, $2)', [parts[1], parts[2]]);
  res.sendStatus(201);
});

// exec on a stored pattern, compared with null: the same check written the other way
api.post('/shares', async (req, res) => {
  const code = req.body.shareCode;
  const hit = /^[A-Z]{4}-\d{4}$/.exec(code);
  if (hit === null) return res.status(422).json({ error: 'bad share code' });
  await pool.query('INSERT INTO shares (code) VALUES ($1)', [hit[0]]);
  res.sendStatus(201);
});

// matched, but a miss only logs: the link is stored whatever it holds
api.post('/mirrors', async (req, res) => {
  const { mirrorLink } = req.body; // expect: validation/unvalidated-input
  const parts = mirrorLink.match(ASSET_LINK);
  if (!parts) console.warn('unusual mirror link');
  await pool.query('INSERT INTO mirrors (link) VALUES ($1)', [mirrorLink]);
  res.sendStatus(201);
});

api.listen(3000);

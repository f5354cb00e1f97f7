const express = require('express');
const multer = require('multer');
const { pool } = require('./db');
const { mirrorSpace } = require('./mirror');
const { saveMailSettings } = require('./mail-settings');

const app = express();
app.use(express.json({ limit: '100kb' }));

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 5 * 1024 * 1024 } });
// one file each for three named fields
const idDocuments = upload.fields([
  { name: 'passport', maxCount: 1 },
  { name: 'licence', maxCount: 1 },
  { name: 'portrait', maxCount: 1 },
]);
const gallery = upload.array('images');

// the mirror runs on its own; the request only starts it
app.post('/spaces/:id/mirror', async (req, res) => {
  mirrorSpace(req.params.id).then(() => {
    console.log('mirror done');
  }).catch((err) => {
    console.error('mirror failed', err);
  });
  res.status(202).json({ started: true });
});

// the same copy, waited for
app.post('/spaces/:id/mirror-now', async (req, res) => {
  await mirrorSpace(req.params.id);
  res.json({ done: true });
});

// at most the three named files
app.post('/people/:id/documents', idDocuments, async (req, res) => {
  const saved = [];
  for (const [field, files] of Object.entries(req.files || {})) {
    const file = files[0];
    const r = await pool.query('INSERT INTO documents (person_id, kind, size) VALUES ($1, $2, $3) RETURNING id',
      [req.params.id, field, file.size]);
    saved.push(r.rows[0].id);
  }
  res.status(201).json({ saved });
});

// as many images as the client sends
app.post('/albums/:id/images', gallery, async (req, res) => {
  for (const file of req.files) {
    await pool.query('INSERT INTO images (album_id, size) VALUES ($1, $2)', [req.params.id, file.size]); // expect: data/query-in-loop
  }
  res.status(201).json({ ok: true });
});

// every tag the client sends
app.put('/notes/:id/tags', async (req, res) => {
  for (const [tag, colour] of Object.entries(req.body)) {
    await pool.query('INSERT INTO note_tags (note_id, tag, colour) VALUES ($1, $2, $3)', [req.params.id, tag, String(colour)]); // expect: data/query-in-loop
  }
  res.json({ ok: true });
});

// one row for each option the body sets, of seven known options
app.put('/mail-settings', async (req, res) => {
  await saveMailSettings(req.body);
  res.json({ ok: true });
});

app.listen(3000);

const express = require('express');
const fs = require('fs/promises');
const path = require('path');
const { Pool } = require('pg');
const { mediaPath, loosePath } = require('./files');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();

// the id must name an existing user before it becomes a folder name
app.get('/users/:userId/avatar', async (req, res) => {
  const { userId } = req.params;
  const found = await pool.query('SELECT id FROM users WHERE id = $1', [userId]);
  if (found.rows.length === 0) return res.status(404).json({ error: 'no such user' });
  const dir = path.join(process.cwd(), 'uploads', 'avatars', userId);
  const files = await fs.readdir(dir);
  res.json({ files });
});

// no lookup: the folder name is whatever the client sent
app.get('/drafts/:draftId/files', async (req, res) => {
  const dir = path.join(process.cwd(), 'uploads', 'drafts', req.params.draftId);
  const files = await fs.readdir(dir); // expect: injection/path-traversal
  res.json({ files });
});

app.get('/media/:folder/:file', async (req, res) => {
  const rel = path.posix.join('media', req.params.folder, req.params.file);
  res.send(await fs.readFile(mediaPath(rel)));
});

app.get('/loose/:folder/:file', async (req, res) => {
  const rel = path.posix.join('media', req.params.folder, req.params.file);
  res.send(await fs.readFile(loosePath(rel))); // expect: injection/path-traversal
});

app.listen(3000);

const express = require('express');
const bcrypt = require('bcryptjs');
const { findUserByEmail, createNote } = require('./store');

const app = express();
app.use(express.json());

app.post('/api/login', async (req, res) => {
  const user = await findUserByEmail(String(req.body.email || ''));
  const ok = user && (await bcrypt.compare(String(req.body.password || ''), user.passwordHash));
  if (!ok) return res.status(401).json({ error: 'invalid credentials' });
  res.json({ id: user.id });
});

app.post('/api/notes', async (req, res) => {
  const note = await createNote(req.body.title, req.body.text);
  res.status(201).json(note);
});

app.listen(process.env.PORT || 3000);

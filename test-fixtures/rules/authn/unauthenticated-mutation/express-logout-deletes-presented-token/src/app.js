const express = require('express');
const db = require('./db');
const { requireSession, logout, logoutEverywhere } = require('./sessions');

const app = express();
app.use(express.json());

app.post('/api/session/end', logout);
app.post('/api/session/end-all', logoutEverywhere); // expect: authn/unauthenticated-mutation[warning]

app.post('/api/messages', requireSession, async (req, res) => {
  await db.query('INSERT INTO messages (user_id, body) VALUES ($1, $2)', [req.userId, String(req.body.text)]);
  res.status(201).end();
});

module.exports = app;

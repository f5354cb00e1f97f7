const express = require('express');
const { Pool } = require('pg');
const { validateBody } = require('./validate');
const settings = require('./settings');

const app = express();
app.use(express.json());
const db = new Pool({ connectionString: process.env.DATABASE_URL });

app.post('/api/auth/reset-password', validateBody({ token: { required: true, type: 'string', minLength: 32 }, password: { required: true, type: 'string', minLength: 8, maxLength: 128 } }), async (req, res) => {
  const { token, password } = req.body;
  await db.query('UPDATE users SET password_hint = $1 WHERE reset_token = $2', [password.slice(0, 2), token]);
  res.status(204).end();
});

app.post('/api/profile/bio', async (req, res) => {
  await db.query('UPDATE users SET bio = $1 WHERE id = $2', [req.body.bio, 'me']); // expect: validation/unvalidated-input
  res.status(204).end();
});

app.use('/api', settings);
app.listen(3000);

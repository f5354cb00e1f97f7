const express = require('express');
const { OAuth2Client } = require('google-auth-library');
const accounts = require('./accounts');
const { pool } = require('./store');

const app = express();
app.use(express.json());
const googleClient = new OAuth2Client(process.env.GOOGLE_ID, process.env.GOOGLE_SECRET, process.env.GOOGLE_REDIRECT);
const logger = { debug: (...a) => process.stdout.write(a.join(' ') + '\n') };
const container = { get: () => logger };

app.post('/account/password', async (req, res) => {
  const { currentPassword, nextPassword } = req.body;
  await accounts.changePassword(req.user.id, currentPassword, nextPassword);
  res.json({ changed: true });
});

app.post('/account/rename', async (req, res) => {
  const { note, display } = req.body; // expect: validation/unvalidated-input
  res.json(await accounts.rename(req.user.id, note, display));
});

// the authorization code only goes to the provider's token endpoint
app.get('/auth/google/callback', async (req, res) => {
  const { tokens } = await googleClient.getToken(req.query.code);
  googleClient.setCredentials(tokens);
  res.redirect('/');
});

// a placeholder that only logs what it was sent
app.post('/auth/logout', (req, res) => {
  container.get('logger').debug('logout with %o', req.body);
  res.status(204).end();
});

// the search text only becomes a LIKE pattern bound as a parameter
app.get('/members', async (req, res) => {
  const { search } = req.query;
  let sql = 'SELECT id, display FROM members WHERE active = $1';
  const params = [true];
  if (search) {
    sql += ' AND display ILIKE $2';
    params.push(`%${search}%`);
  }
  const r = await pool.query(sql, params);
  res.json(r.rows);
});

// the text is built into the statement itself
app.get('/members/raw', async (req, res) => {
  const r = await pool.query(`SELECT id FROM members WHERE display LIKE '%${req.query.q}%'`); // expect: validation/unvalidated-input
  res.json(r.rows);
});

app.listen(3000);

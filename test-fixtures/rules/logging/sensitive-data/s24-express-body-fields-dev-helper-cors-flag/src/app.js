const express = require('express');
const cors = require('cors');
const pino = require('pino');
const config = require('./config');
const { isProduction, isStaging } = require('./env');
const db = require('./db');

const logger = pino();
const app = express();
app.use(express.json());
app.use(cors({ origin: config.cors.origin, credentials: config.cors.credentials }));
// the allow-credentials switch of the CORS settings: a boolean
logger.info({ origins: config.cors.origin, credentials: config.cors.credentials }, 'CORS configured');
// the mail relay's user and password
logger.info({ host: config.smtp.host, credentials: config.smtp.credentials }, 'SMTP configured'); // expect: logging/sensitive-data

app.use((req, res, next) => {
  // request bodies are printed only outside production
  if (!isProduction() && req.body && Object.keys(req.body).length > 0) {
    logger.debug({ body: req.body }, 'request body');
  }
  // a staging switch is no development-only guard
  if (isStaging()) {
    logger.debug({ body: req.body }, 'request body'); // expect: logging/sensitive-data
  }
  next();
});

// the handler takes course and year from the body: nothing secret is in it
app.post('/profile', async (req, res) => {
  console.log('profile payload:', req.body);
  const { userId, course, year } = req.body;
  await db.query('UPDATE profiles SET course = $1, year = $2 WHERE user_id = $3', [course, year, userId]);
  res.json({ ok: true });
});

// the body carries the password
app.post('/register', async (req, res) => {
  console.log('register payload:', req.body); // expect: logging/sensitive-data
  const { email, password } = req.body;
  await db.query('INSERT INTO users (email, password_hash) VALUES ($1, crypt($2, gen_salt(\'bf\')))', [email, password]);
  res.status(201).end();
});

// the body goes whole to another function: a route's body not shown to hold a secret or personal field
app.post('/notes', async (req, res) => {
  console.log('note payload:', req.body);
  const { title } = req.body;
  await db.insert('notes', req.body);
  res.status(201).json({ title });
});

// no credential, but a voter's personal record: identity number, date of birth, street address
app.post('/voters', async (req, res) => {
  console.log('voter payload:', req.body); // expect: logging/sensitive-data
  const { fullName, epicNumber, dateOfBirth, streetAddress } = req.body;
  await db.query('INSERT INTO voters (full_name, epic_number, dob, street) VALUES ($1, $2, $3, $4)', [fullName, epicNumber, dateOfBirth, streetAddress]);
  res.status(201).end();
});

app.listen(3000);

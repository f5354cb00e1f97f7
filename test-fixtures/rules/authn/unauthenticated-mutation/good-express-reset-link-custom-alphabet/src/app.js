const express = require('express');
const jwt = require('jsonwebtoken');
const nodemailer = require('nodemailer');
const { Pool } = require('pg');
const { shortId } = require('./ids');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const outbox = nodemailer.createTransport({ url: process.env.SMTP_URL });
const app = express();
app.use(express.json());

function requireUser(req, res, next) {
  try {
    req.user = jwt.verify(String(req.headers.authorization || '').replace('Bearer ', ''), process.env.JWT_SECRET, { algorithms: ['HS256'] });
    next();
  } catch {
    res.status(401).end();
  }
}

// forgot password: a one-time code made here is stored and mailed; no session is needed to ask for it
app.post('/password/forgot', async (req, res) => {
  const { rows } = await pool.query('SELECT id, email FROM accounts WHERE email = $1', [String(req.body.email)]);
  if (rows.length) {
    const code = shortId(20);
    await pool.query('INSERT INTO reset_codes (account_id, code, expires_at) VALUES ($1, $2, now() + interval \'30 minutes\')', [rows[0].id, code]);
    await outbox.sendMail({ to: rows[0].email, subject: 'Reset', text: `${process.env.APP_URL}/reset?code=${code}` });
  }
  res.status(204).end();
});

app.post('/notes', requireUser, async (req, res) => {
  await pool.query('INSERT INTO notes (owner, body) VALUES ($1, $2)', [req.user.sub, String(req.body.text)]);
  res.status(201).end();
});

module.exports = app;

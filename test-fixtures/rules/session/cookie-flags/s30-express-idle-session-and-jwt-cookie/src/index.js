const express = require('express');
const session = require('express-session');
const PgStore = require('connect-pg-simple')(session);
const cookieParser = require('cookie-parser');
const jwt = require('jsonwebtoken');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(express.json());
app.use(cookieParser());

// mounted for a feature that never shipped: nothing below puts anything in req.session, and with
// saveUninitialized: false no session cookie is ever sent
app.use(
  session({
    store: new PgStore({ pool, tableName: 'session' }),
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: process.env.NODE_ENV === 'production', httpOnly: true, maxAge: 86400000 },
  })
);

// the login sets its own JWT cookie, with every flag
app.post('/api/auth/login', async (req, res) => {
  const { rows } = await pool.query('SELECT id, password_ok FROM check_login($1, $2)', [String(req.body.email), String(req.body.password)]);
  if (!rows[0] || !rows[0].password_ok) return res.status(401).json({ error: 'Invalid credentials' });
  const token = jwt.sign({ sub: rows[0].id }, process.env.JWT_SECRET, { expiresIn: '1h' });
  res.cookie('auth', token, { httpOnly: true, secure: true, sameSite: 'strict', maxAge: 3600000 });
  return res.json({ ok: true });
});

app.listen(3000);

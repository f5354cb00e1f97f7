const express = require('express');
const session = require('express-session');
const PgStore = require('connect-pg-simple')(session);
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(express.json());

// saveUninitialized: false still sends the cookie once the login below writes to the session
app.use(
  session({ // expect: session/cookie-flags
    store: new PgStore({ pool, tableName: 'session' }),
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: process.env.NODE_ENV === 'production', httpOnly: true, maxAge: 86400000 },
  })
);

app.post('/api/auth/login', async (req, res) => {
  const { rows } = await pool.query('SELECT id, password_ok FROM check_login($1, $2)', [String(req.body.email), String(req.body.password)]);
  if (!rows[0] || !rows[0].password_ok) return res.status(401).json({ error: 'Invalid credentials' });
  req.session.userId = rows[0].id;
  return res.json({ ok: true });
});

app.listen(3000);

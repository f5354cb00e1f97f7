const express = require('express');
const helmet = require('helmet');
const session = require('express-session');
const jwt = require('jsonwebtoken');

if (!process.env.JWT_SECRET) throw new Error('JWT_SECRET is required');

const app = express();
app.use(helmet());
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET || 'change-me-session-secret', resave: false, saveUninitialized: false, cookie: { httpOnly: true, secure: true, sameSite: 'lax' } }));

app.post('/api/login', (req, res) => {
  res.json({ token: jwt.sign({ sub: String(req.body.email) }, process.env.JWT_SECRET, { expiresIn: '15m' }) });
});

app.listen(3000);

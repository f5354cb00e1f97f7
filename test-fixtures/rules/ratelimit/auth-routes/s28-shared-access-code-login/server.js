const express = require('express');
const session = require('express-session');
const rateLimit = require('express-rate-limit');

const ACCESS_CODE = process.env.ACCESS_CODE;
const app = express();
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

// one shared access code for the whole team: the check a guesser retries
app.post('/api/login', (req, res) => { // expect: ratelimit/auth-routes
  const { password } = req.body;
  if (password === ACCESS_CODE) {
    req.session.authenticated = true;
    return res.json({ success: true });
  }
  return res.status(401).json({ success: false });
});

// the reports API is limited
const reports = express.Router();
reports.use(rateLimit({ windowMs: 60_000, max: 30 }));
reports.get('/', (req, res) => res.json([]));
app.use('/api/reports', reports);

app.listen(process.env.PORT || 3000);

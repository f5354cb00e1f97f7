require('dotenv').config();

const needed = ['TOKEN_SECRET', 'REFRESH_SECRET', 'STORE_URL'];
needed.forEach((key) => {
  if (!process.env[key]) {
    console.error(`missing environment variable ${key}`);
    process.exit(1);
  }
});

const express = require('express');
const helmet = require('helmet');
const jwt = require('jsonwebtoken');
const bcrypt = require('bcryptjs');
const { findMaker } = require('./store');

const app = express();
app.use(helmet());
app.use(express.json({ limit: '20kb' }));

app.post('/api/session', async (req, res) => {
  const maker = await findMaker(String(req.body.email || ''));
  if (!maker || !(await bcrypt.compare(String(req.body.password || ''), maker.hash))) {
    return res.status(401).json({ error: 'invalid credentials' });
  }
  const access = jwt.sign({ sub: maker.id }, process.env.TOKEN_SECRET, { expiresIn: '1h' });
  const refresh = jwt.sign({ sub: maker.id, kind: 'refresh' }, process.env.REFRESH_SECRET, { expiresIn: '7d' });
  res.json({ access, refresh });
});

function requireMaker(req, res, next) {
  const header = req.get('authorization') || '';
  try {
    req.maker = jwt.verify(header.replace(/^Bearer /, ''), process.env.TOKEN_SECRET, { algorithms: ['HS256'] });
    next();
  } catch {
    res.status(401).json({ error: 'unauthorized' });
  }
}

app.get('/api/me', requireMaker, (req, res) => {
  res.json({ id: req.maker.sub });
});

app.listen(Number(process.env.PORT) || 4000);

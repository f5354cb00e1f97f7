const express = require('express');
const jwt = require('jsonwebtoken');
const { Company, User } = require('./models');

const app = express();
app.use(express.json());

function requireAuth(req, res, next) {
  try {
    req.user = jwt.verify(String(req.headers.authorization || '').slice(7), process.env.JWT_SECRET);
    next();
  } catch (e) {
    res.status(401).json({ error: 'unauthorized' });
  }
}

// Sign-up: "boss.<company>" opens a new company and owns it; "<name>.<company>" joins an existing one as a worker.
app.post('/api/register', async (req, res) => {
  const { username, password } = req.body;
  const parts = String(username).split('.');
  let role;
  let company;
  if (parts[0] === 'boss' && parts.length === 2) {
    role = 'owner';
    const taken = await Company.findOne({ where: { name: parts[1] } });
    if (taken) return res.status(400).json({ error: 'company exists' });
    company = await Company.create({ name: parts[1] });
  } else if (parts.length === 2) {
    role = 'worker';
    company = await Company.findOne({ where: { name: parts[1] } });
    if (!company) return res.status(400).json({ error: 'no such company' });
  } else {
    return res.status(400).json({ error: 'bad username' });
  }
  const user = await User.create({ username, password, role, companyId: company.id });
  res.status(201).json({ id: user.id });
});

// An admin account for an existing company, open to anyone: the true core.
app.post('/api/admins', async (req, res) => { // expect: authn/unauthenticated-mutation
  const company = await Company.findOne({ where: { name: req.body.company } });
  if (!company) return res.status(404).end();
  const user = await User.create({ username: req.body.username, password: req.body.password, role: 'admin', companyId: company.id });
  res.status(201).json({ id: user.id });
});

app.get('/api/me', requireAuth, (req, res) => res.json(req.user));

app.listen(3000);

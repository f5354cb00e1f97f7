const express = require('express');
const bcrypt = require('bcryptjs');
const jwt = require('jsonwebtoken');
const { v4: uuidv4 } = require('uuid');
const { Family, User, Expense } = require('./models');

const app = express();
app.use(express.json());

function requireUser(req, res, next) {
  try {
    req.user = jwt.verify(String(req.headers.authorization).slice(7), process.env.JWT_SECRET);
    next();
  } catch (e) {
    res.status(401).json({ error: 'unauthorized' });
  }
}

// Sign-up opens a new family budget: the newcomer owns the family made here, no one else's.
app.post('/signup', async (req, res) => {
  const { email, password, title } = req.body;
  const userId = uuidv4();
  const familyId = uuidv4();
  const hash = await bcrypt.hash(password, 12);
  await Family.create({ familyId, title, members: [{ userId, role: 'owner' }] });
  const user = await User.create({ userId, email, password: hash, familyId, role: 'owner' });
  res.status(201).json({ id: user.userId });
});

// Joining a family the client names, as its owner: a takeover of someone else's family.
app.post('/join', async (req, res) => { // expect: authn/unauthenticated-mutation[error]
  const { email, password, familyId } = req.body;
  const hash = await bcrypt.hash(password, 12);
  const user = await User.create({ userId: uuidv4(), email, password: hash, familyId, role: 'owner' });
  res.status(201).json({ id: user.userId });
});

// A fresh family cannot carry a system-wide role.
app.post('/signup-root', async (req, res) => { // expect: authn/unauthenticated-mutation[error]
  const { email, password } = req.body;
  const hash = await bcrypt.hash(password, 12);
  const user = await User.create({ userId: uuidv4(), email, password: hash, familyId: uuidv4(), role: 'superadmin' });
  res.status(201).json({ id: user.userId });
});

app.post('/expenses', requireUser, async (req, res) => {
  const e = await Expense.create({ familyId: req.user.familyId, amount: Number(req.body.amount) });
  res.status(201).json(e);
});

app.listen(3000);

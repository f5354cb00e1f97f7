const express = require('express');
const session = require('express-session');
const { Sequelize, DataTypes } = require('sequelize');

const db = new Sequelize(process.env.DATABASE_URL);
const Member = db.define('Member', { handle: DataTypes.STRING, password: DataTypes.STRING });
const Entry = db.define('Entry', { body: DataTypes.TEXT });
const app = express();
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

function signedIn(req, res, next) {
  if (!req.session.memberId) return res.status(401).end();
  next();
}

// an ordinary sign-up at /members: handle and password from the body, no role, then a session starts
app.post('/members', async (req, res) => {
  const created = await Member.create({ handle: req.body.handle, password: req.body.password });
  req.session.save(() => {
    req.session.memberId = created.id;
    res.status(201).json({ id: created.id });
  });
});

app.post('/entries', signedIn, async (req, res) => {
  res.status(201).json(await Entry.create({ body: String(req.body.body) }));
});

app.listen(3000);

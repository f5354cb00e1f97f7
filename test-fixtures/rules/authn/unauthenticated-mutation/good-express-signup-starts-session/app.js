const express = require('express');
const session = require('express-session');
const bcrypt = require('bcryptjs');
const Member = require('./member-model');
const Sighting = require('./sighting-model');

const app = express();
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

function mustBeIn(req, res, next) {
  if (!req.session.member) return res.status(401).json({ error: 'sign in' });
  next();
}

app.post('/sightings', mustBeIn, (req, res) => {
  new Sighting({ bird: req.body.bird, by: req.session.member.id }).save().then((s) => res.status(201).json(s));
});

// joining the club: the account is written first, then the new member's session is started inside the promise callback
app.post('/join', (req, res) => {
  const hashed = bcrypt.hashSync(req.body.password, bcrypt.genSaltSync(10));
  new Member({ nickname: req.body.nickname, email: req.body.email, password: hashed })
    .save()
    .then((created) => {
      req.session.member = { id: created.id, nickname: created.nickname };
      res.status(201).json({ id: created.id });
    })
    .catch(() => res.status(400).json({ error: 'could not join' }));
});

// writing to the session does not make a route public: anyone may still wipe sightings here
app.delete('/sightings/:id', (req, res) => { // expect: authn/unauthenticated-mutation
  Sighting.deleteOne({ _id: req.params.id }).then(() => {
    req.session.notice = 'sighting removed';
    res.status(204).end();
  });
});

app.listen(3000);

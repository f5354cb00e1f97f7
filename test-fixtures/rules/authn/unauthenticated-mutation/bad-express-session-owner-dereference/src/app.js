const express = require('express');
const session = require('express-session');
const mongoose = require('mongoose');

const Event = mongoose.model('Event', new mongoose.Schema({ title: String, hostId: String, hostName: String }));
const app = express();
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

function signedIn(req, res, next) {
  if (!req.session.account) return res.status(401).end();
  next();
}

// the host is the session's account: with no session, req.session.account is undefined and reading .id
// throws before anything is saved (sloppy, but no anonymous write)
app.post('/events', async (req, res) => {
  const event = new Event({
    title: String(req.body.title),
    hostId: req.session.account.id,
    hostName: req.session.account.displayName,
  });
  await event.save();
  res.status(201).json(event);
});

// optional chaining reads undefined instead of throwing: the event is saved with no host
app.post('/events/draft', async (req, res) => { // expect: authn/unauthenticated-mutation
  const event = new Event({ title: String(req.body.title), hostId: req.session?.account?.id });
  await event.save();
  res.status(201).json(event);
});

// nothing ties this write to a session
app.delete('/events/:id', async (req, res) => { // expect: authn/unauthenticated-mutation
  await Event.deleteOne({ _id: req.params.id });
  res.status(204).end();
});

app.get('/events/mine', signedIn, async (req, res) => {
  res.json(await Event.find({ hostId: req.session.account.id }));
});

app.listen(3000);

const express = require('express');
const jwt = require('jsonwebtoken');

function requireUser(req, res, next) {
  try {
    req.user = jwt.verify(String(req.headers.authorization || '').replace('Bearer ', ''), process.env.JWT_SECRET, { algorithms: ['HS256'] });
    next();
  } catch {
    res.status(401).end();
  }
}

class Inbox {
  constructor() {
    this.messageQueue = [];
    this.deliveryStats = { queued: 0 };
  }

  accept(message) {
    this.messageQueue.push(message);
    this.deliveryStats.queued++;
  }
}

const inbox = new Inbox();
const app = express();
app.use(express.json());

// what the client sends is kept for everyone to read: a change of data, queue or not
app.post('/messages', (req, res) => { // expect: authn/unauthenticated-mutation
  inbox.accept(req.body);
  res.status(202).end();
});

app.get('/me', requireUser, (req, res) => res.json(req.user));

module.exports = app;

const express = require('express');
const jwt = require('jsonwebtoken');
const mongoose = require('mongoose');

const Admin = mongoose.model('Admin', new mongoose.Schema({ name: String, role: String }));
const Message = mongoose.model('Message', new mongoose.Schema({ text: String, role: String }));
const Project = mongoose.model('Project', new mongoose.Schema({ name: String, roles: [String] }));

const app = express();
app.use(express.json());

function requireToken(req, res, next) {
  try {
    req.user = jwt.verify(String(req.headers.authorization).replace('Bearer ', ''), process.env.JWT_SECRET);
    next();
  } catch {
    res.status(401).json({ error: 'Unauthorized' });
  }
}

// an administrator record made by anyone: the privileged write is an error
app.post('/admins', async (req, res) => { // expect: authn/unauthenticated-mutation[error]
  const admin = await new Admin({ name: req.body.name, role: 'Admin' }).save();
  res.status(201).json(admin);
});

// a message's role (who in the team wrote it) grants nothing: an ordinary unauthenticated write
app.post('/messages', async (req, res) => { // expect: authn/unauthenticated-mutation[warning]
  const message = await new Message({ text: req.body.text, role: req.body.role }).save();
  res.status(201).json(message);
});

// the roles a project is looking for are no one's permissions
app.post('/projects', async (req, res) => { // expect: authn/unauthenticated-mutation[warning]
  const project = await new Project({ name: req.body.name, roles: req.body.roles }).save();
  res.status(201).json(project);
});

app.get('/me', requireToken, (req, res) => res.json(req.user));

app.listen(3000);

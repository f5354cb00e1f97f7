const express = require('express');
const multer = require('multer');
const jwt = require('jsonwebtoken');
const argon2 = require('argon2');
const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();

const app = express();
app.use(express.json());

function requireUser(req, res, next) {
  try {
    req.user = jwt.verify(String(req.headers.authorization).replace('Bearer ', ''), process.env.JWT_SECRET);
    next();
  } catch (e) {
    res.status(401).json({ error: 'unauthorized' });
  }
}

const inMemory = multer({ storage: multer.memoryStorage(), limits: { fileSize: 500 * 1024 } });
const onDisk = multer({ dest: 'uploads/' });
const snippets = [];

app.get('/api/snippets', requireUser, (req, res) => res.json(snippets.slice(0, 20)));

// reads the file sent and answers its text: nothing is kept
app.post('/api/preview', (req, res) => {
  inMemory.single('file')(req, res, (err) => {
    if (err) return res.status(400).json({ error: err.message });
    res.json({ name: req.file.originalname, text: req.file.buffer.toString('utf8').slice(0, 2000) });
  });
});

// keeps whatever anyone sends on the server's disk
app.post('/api/attachments', (req, res) => { // expect: authn/unauthenticated-mutation
  onDisk.single('file')(req, res, (err) => {
    if (err) return res.status(400).json({ error: err.message });
    res.status(201).json({ stored: req.file.filename });
  });
});

// self-service sign-up: a new organisation, its first member owns it
app.post('/api/organizations/register', async (req, res) => {
  const { orgName, email, password } = req.body;
  if (typeof orgName !== 'string' || typeof email !== 'string' || typeof password !== 'string' || password.length < 12) {
    return res.status(400).json({ error: 'invalid' });
  }
  const org = await prisma.organization.create({
    data: { name: orgName.slice(0, 80), members: { create: { email, passwordHash: await argon2.hash(password), role: 'owner' } } },
  });
  res.status(201).json({ id: org.id });
});

// looks two things up at once: nothing is written
app.post('/api/snippets/compare', async (req, res) => {
  let left;
  let right;
  [left, right] = await Promise.all([
    prisma.snippet.findUnique({ where: { id: String(req.body.left) } }),
    prisma.snippet.findUnique({ where: { id: String(req.body.right) } }),
  ]);
  res.json({ same: !!left && !!right && left.text === right.text });
});

app.listen(3000);

const fs = require('fs');
const path = require('path');
const express = require('express');
const jwt = require('jsonwebtoken');
const { PrismaClient } = require('@prisma/client');
const { SessionController } = require('./session.controller');
const { logger } = require('./logger');

const prisma = new PrismaClient();
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

function reply(res, status, data) {
  res.status(status).json({ data });
}

// a query sent as POST (a list of ids in the body): it reads, logs and answers, an error goes to next()
app.post('/species/by-ids', async (req, res, next) => {
  try {
    const rows = await prisma.species.findMany({ where: { id: { in: req.body.ids } } });
    logger.info('species lookup', rows.length);
    reply(res, 200, rows);
  } catch (err) {
    next(err);
  }
});

// a version check sent as POST: compares the client's version with the one in a settings file
app.post('/app/version-check', (req, res) => {
  const settings = JSON.parse(fs.readFileSync(path.join(__dirname, 'settings.json'), 'utf-8'));
  const outdated = String(req.body.version) !== String(settings.latestVersion);
  res.json({ latest: settings.latestVersion, outdated });
});

// the token lives on the client: this logout reads nothing and changes nothing
app.post('/auth/logout', (_req, res) => {
  res.json({ message: 'Signed out' });
});

// a logout held by a static property of a controller class, clearing the cookie
app.post('/auth/sign-out', SessionController.signOut);

// the same empty handler on a path that is no logout changes nothing either: no mutation to protect
app.post('/sightings', (_req, res) => {
  res.status(201).json({ saved: true });
});

app.delete('/sightings/:id', requireToken, async (req, res) => {
  await prisma.sighting.delete({ where: { id: req.params.id } });
  res.status(204).end();
});

app.listen(3000);

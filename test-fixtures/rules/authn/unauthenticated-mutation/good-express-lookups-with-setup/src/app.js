const express = require('express');
const jwt = require('jsonwebtoken');
const knex = require('knex');
const mongoose = require('mongoose');

const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });
const Member = mongoose.model('Member', new mongoose.Schema({ handle: String, admin: Boolean }));
const app = express();
app.use(express.json());
app.use(express.text({ type: 'text/xml' }));

function requireToken(req, res, next) {
  try {
    req.user = jwt.verify(String(req.headers.authorization).slice(7), process.env.JWT_SECRET);
    next();
  } catch {
    res.status(401).json({ error: 'Unauthorized' });
  }
}

// a search sent as POST: makes its table on first use (schema set-up), then only reads
app.post('/directory/search', async (req, res) => {
  const ready = await db.schema.hasTable('listings');
  if (!ready) {
    await db.schema.createTable('listings', (t) => {
      t.increments('id');
      t.string('name');
    });
  }
  await db.raw('CREATE INDEX IF NOT EXISTS listings_name ON listings (name)');
  const rows = await db('listings').where('name', 'like', `%${String(req.body.term)}%`).select('id', 'name');
  res.json(rows);
});

// an XML lookup service: finds the member and answers its role; it only sets fields of its own answer
app.post('/lookup-service', async (req, res) => {
  const handle = String(req.body).replace(/<[^>]+>/g, '').trim();
  if (!handle) {
    res.statusCode = 400;
    return res.send('handle missing');
  }
  const found = await Member.findOne({ handle });
  res.locals.role = found && found.admin ? 'admin' : 'member';
  res.statusCode = 200;
  res.setHeader('Content-Type', 'application/xml');
  res.send(`<member><handle>${handle}</handle><role>${res.locals.role}</role></member>`);
});

app.delete('/directory/:id', requireToken, async (req, res) => {
  await db('listings').where({ id: req.params.id }).del();
  res.status(204).end();
});

app.listen(3000);

const express = require('express');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });
const utils = require('./utils');

const app = express();

app.get('/admin/members', async (req, res) => {
  const banned = utils.flag(req.query.banned);
  const verified = utils.flag(req.query.verified);
  const order = utils.sortOrder(req.query.order);
  const match = {};
  if (banned !== undefined) match.banned = banned;
  if (verified !== undefined) match.verified = verified;
  const rows = await knex('members').where(match).orderBy('created_at', order).limit(50);
  res.json({ rows });
});

// a form posts "true" / "false": only the mapped constants are written
app.patch('/admin/members/:id/flags', express.urlencoded({ extended: false }), async (req, res) => {
  const banned = utils.flag(req.body.banned);
  const order = utils.sortOrder(req.body.order);
  await knex('members').where({ id: Number(req.params.id) }).update({ banned, list_order: order });
  res.status(204).end();
});

app.get('/admin/members/tagged', async (req, res) => {
  const tag = utils.label(req.query.tag); // expect: validation/unvalidated-input
  const rows = await knex('members').whereRaw(`tags @> '{${tag}}'`);
  res.json({ rows });
});

app.listen(3000);

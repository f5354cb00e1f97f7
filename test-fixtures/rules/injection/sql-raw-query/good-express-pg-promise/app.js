const express = require('express');
const pgp = require('pg-promise')();

const db = pgp(process.env.DATABASE_URL);
const app = express();
app.use(express.json());

app.get('/members', async (req, res) => {
  res.json(await db.any('SELECT id, name FROM members WHERE club = $1', [req.query.club]));
});

app.post('/members/:id/nickname', async (req, res) => {
  await db.none('UPDATE members SET nickname = ${nickname} WHERE id = ${id}', { nickname: req.body.nickname, id: req.params.id });
  res.status(204).end();
});

// the list helper and the members array are pg-promise's own
app.get('/members/first', async (req, res) => {
  const names = ['ann', 'bob'];
  res.json((await db.any('SELECT id FROM members WHERE name IN ($1:csv)', [names])).map((m) => m.id));
});

app.listen(3000);

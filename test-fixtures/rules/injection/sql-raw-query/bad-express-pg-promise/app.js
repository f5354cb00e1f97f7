const express = require('express');
const pgp = require('pg-promise')();

const db = pgp(process.env.DATABASE_URL);
const app = express();
app.use(express.json());

app.get('/members', async (req, res) => {
  res.json(await db.any(`SELECT id, name FROM members WHERE club = '${req.query.club}'`)); // expect: injection/sql-raw-query
});

app.post('/members/:id/nickname', async (req, res) => {
  await db.none('UPDATE members SET nickname = \'' + req.body.nickname + '\' WHERE id = ' + req.params.id); // expect: injection/sql-raw-query
  res.status(204).end();
});

app.listen(3000);

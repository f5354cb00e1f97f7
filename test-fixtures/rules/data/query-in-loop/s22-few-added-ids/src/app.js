const express = require('express');
const { pool } = require('./db');

const app = express();
app.use(express.json());

async function recount(boardId) {
  await pool.query('UPDATE boards SET card_count = (SELECT COUNT(*) FROM cards WHERE board_id = $1) WHERE id = $1', [boardId]);
}

// moving a card touches at most its old and its new board: two ids put in the set one by one
app.patch('/cards/:id', async (req, res) => {
  const before = await pool.query('SELECT board_id FROM cards WHERE id = $1', [req.params.id]);
  const oldBoard = before.rows[0].board_id;
  await pool.query('UPDATE cards SET board_id = $1 WHERE id = $2', [req.body.boardId, req.params.id]);
  const touched = new Set();
  if (req.body.boardId) touched.add(req.body.boardId);
  if (oldBoard && oldBoard !== req.body.boardId) touched.add(oldBoard);
  for (const boardId of touched) {
    await recount(boardId);
  }
  res.status(204).end();
});

// one id per card of the request: the set grows with the data
app.post('/cards/archive', async (req, res) => {
  const boards = new Set();
  for (const card of req.body.cards) boards.add(card.boardId);
  for (const boardId of boards) {
    await pool.query('UPDATE boards SET archived_count = archived_count + 1 WHERE id = $1', [boardId]); // expect: data/query-in-loop
  }
  res.status(204).end();
});

// a list handed to a helper that may fill it: not counted
app.post('/cards/merge', async (req, res) => {
  const ids = [];
  ids.push(req.body.first);
  collect(req.body, ids);
  for (const id of ids) {
    await pool.query('DELETE FROM cards WHERE id = $1', [id]); // expect: data/query-in-loop
  }
  res.status(204).end();
});

function collect(body, out) {
  for (const c of body.others || []) out.push(c);
}

app.listen(3000);

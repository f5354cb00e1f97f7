const express = require('express');
const { pool } = require('../../db');

const router = express.Router();
router.patch('/:id/title', async (req, res) => {
  await pool.query(`UPDATE projects SET title = '${req.body.title}' WHERE id = ${Number(req.params.id)}`);
  res.status(204).end();
});

module.exports = router;

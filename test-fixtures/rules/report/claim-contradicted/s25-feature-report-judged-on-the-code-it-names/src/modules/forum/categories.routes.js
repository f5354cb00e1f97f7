const express = require('express');
const repo = require('./categories.repository');

const router = express.Router();
router.get('/', async (req, res) => res.json(await repo.list()));
router.patch('/:id', async (req, res) => {
  await repo.rename(Number(req.params.id), String(req.body.name).slice(0, 80));
  res.status(204).end();
});

module.exports = router;

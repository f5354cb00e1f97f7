const express = require('express');

const router = express.Router();
const teams = [];

router.get('/', (req, res) => res.json(teams));
router.get('/:teamId', (req, res) => res.json(teams.find((t) => t.id === req.params.teamId) || null));

module.exports = router;

const express = require('express');

const router = express.Router();

router.get('/latest', (req, res) => res.json([]));

module.exports = router;

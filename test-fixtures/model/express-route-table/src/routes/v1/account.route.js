const express = require('express');

const router = express.Router();

router.route('/').get((req, res) => res.json([]));
router.route('/:accountId').get((req, res) => res.json({ id: req.params.accountId }));

module.exports = router;

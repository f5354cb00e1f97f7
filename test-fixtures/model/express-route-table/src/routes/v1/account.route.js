const express = require('express');
const { requireSession } = require('../../middleware/requireSession');

const router = express.Router();

router.use(requireSession);

router.route('/').get((req, res) => res.json([]));
router.route('/:accountId').get((req, res) => res.json({ id: req.params.accountId }));

module.exports = router;

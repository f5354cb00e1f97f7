const express = require('express');
const { callbackGate } = require('../middleware/legacyAuth');

const router = express.Router();
router.post('/notes', callbackGate, (req, res) => res.status(201).send({ owner: req.accountId }));
module.exports = router;

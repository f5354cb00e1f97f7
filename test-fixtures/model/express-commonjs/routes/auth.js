const express = require('express'); const router = express.Router();
router.post('/login', (req, res) => res.json(req.body)); // expect: validation/unvalidated-input
router.delete('/users/:id', (req, res) => res.sendStatus(204));
module.exports = router;

const express = require('express'); const router = express.Router();
const attempts = []; router.post('/login', (req, res) => res.json({ attempt: attempts.push(req.body) })); // expect: validation/unvalidated-input
router.delete('/users/:id', (req, res) => res.sendStatus(204));
module.exports = router;

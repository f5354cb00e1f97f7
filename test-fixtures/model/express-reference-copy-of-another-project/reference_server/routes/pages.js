const { Router } = require('express');

const router = Router();
router.get('/', (req, res) => res.json([]));
router.post('/', (req, res) => res.status(201).json(req.body));
module.exports = router;

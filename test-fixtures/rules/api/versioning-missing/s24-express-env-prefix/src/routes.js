const { Router } = require('express');

const router = Router();
router.get('/courses', (_req, res) => res.json([]));
router.post('/courses', (req, res) => res.status(201).json(req.body));
module.exports = router;

const express = require('express');

const router = express.Router();

router.get('/', (req, res) => res.json([]));
router.get('/:id', (req, res) => res.json({ id: req.params.id }));
// the router's own not-found answer for /api/jobs/...: routes the app adds under /api/jobs later never run
router.use((req, res) => res.status(404).json({ error: 'no such job route' }));

module.exports = router;

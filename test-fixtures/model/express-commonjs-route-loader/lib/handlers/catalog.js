const { Router } = require('express');

const r = Router();
r.get('/', (req, res) => res.json([]));
r.get('/:sku', (req, res) => res.json({ sku: req.params.sku }));

module.exports = r;

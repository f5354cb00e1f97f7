const { Router } = require('express');

const r = Router();
r.get('/', (req, res) => res.json([]));
r.get('/:sku', (req, res) => res.json({ sku: req.params.sku })); // expect: validation/unvalidated-input

module.exports = r;

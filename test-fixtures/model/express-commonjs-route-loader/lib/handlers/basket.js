const { Router } = require('express');

const r = Router();
r.post('/items', (req, res) => res.status(201).json({ added: req.body.sku })); // expect: validation/unvalidated-input

module.exports = r;

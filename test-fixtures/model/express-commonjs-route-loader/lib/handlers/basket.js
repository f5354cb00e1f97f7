const { Router } = require('express');
const basket = new Set();
const r = Router();
r.post('/items', (req, res) => res.status(201).json({ size: basket.add(req.body.sku).size })); // expect: validation/unvalidated-input

module.exports = r;

const express = require('express');
const { expressjwt } = require('express-jwt');
const { User, Invoice } = require('../models/db');

const router = express.Router();
const requireAuth = expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] });

router.put('/users/:id', requireAuth, async (req, res) => {
  await User.update({ displayName: req.body.displayName }, { where: { id: req.params.id } }); // expect: authn/missing-ownership-check
  res.json({ ok: true });
});

router.get('/invoices/:id', requireAuth, async (req, res) => {
  const invoice = await Invoice.findByPk(req.params.id); // expect: authn/missing-ownership-check
  res.json(invoice);
});

router.get('/invoices/:id/mine', requireAuth, async (req, res) => {
  const invoice = await Invoice.findOne({ where: { id: req.params.id, UserId: req.auth.sub } });
  res.json(invoice);
});

module.exports = router;

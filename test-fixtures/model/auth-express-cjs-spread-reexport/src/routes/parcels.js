const express = require('express');
const { authenticate } = require('../middleware');
const { requireStaff, auditTrail } = require('../guards');

const router = express.Router();
const parcels = [];

router.get('/', (req, res) => res.json(parcels.slice(0, 50)));
router.post('/', authenticate, (req, res) => {
  const label = String(req.body.label || '').slice(0, 80); // expect: validation/unvalidated-input
  parcels.push({ id: parcels.length + 1, label, owner: req.user.sub });
  res.status(201).json({ ok: true });
});
router.delete('/:id', auditTrail, requireStaff, (req, res) => {
  const i = parcels.findIndex((p) => p.id === Number(req.params.id));
  if (i >= 0) parcels.splice(i, 1);
  res.status(204).end();
});

module.exports = router;

const { Router } = require('express');
const { recordAudit, describe } = require('../common/audit-logger');

const router = Router();
router.post('/', (req, res) => {
  recordAudit({ action: 'entry.create', actorId: req.get('x-actor') });
  res.status(201).json({ summary: describe({ action: 'entry.create', actorId: req.get('x-actor') }) });
});

module.exports = router;

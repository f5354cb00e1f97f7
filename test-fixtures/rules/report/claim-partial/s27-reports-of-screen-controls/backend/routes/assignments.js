const { Router } = require('express');
const { body, validationResult } = require('express-validator');
const router = Router();
const store = [];

router.post('/', body('workerId').isUUID(), body('dueDate').isISO8601(), (req, res) => {
  if (!validationResult(req).isEmpty()) return res.status(400).json({ error: 'invalid' });
  store.push({ workerId: req.body.workerId, dueDate: req.body.dueDate });
  res.status(201).end();
});

router.post('/unselect', (req, res) => {
  store.push({ workerId: req.body.workerId, reason: req.body.reason });
  res.status(204).end();
});

module.exports = router;

const express = require('express');
const { authenticate } = require('../middlewares/auth');
const respond = require('../helpers/respond');

const router = express.Router();
router.use(authenticate);

const users = new Map();

router.get('/', (req, res) => respond.ok(res, 'users', Array.from(users.values()).slice(0, 50)));

router.delete('/:id', (req, res) => {
  if (req.user.role !== 'admin') return respond.forbidden(res);
  users.delete(req.params.id);
  return respond.ok(res, 'deleted');
});

module.exports = router;

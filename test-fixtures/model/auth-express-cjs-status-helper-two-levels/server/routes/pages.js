const express = require('express');
const { authenticate, optionalAuthenticate } = require('../middlewares/auth');
const respond = require('../helpers/respond');

const router = express.Router();
const pages = new Map();

router.get('/', optionalAuthenticate, (req, res) => respond.ok(res, 'pages', Array.from(pages.values()).slice(0, 50)));

router.delete('/:id', authenticate, (req, res) => {
  if (!pages.delete(req.params.id)) return respond.notFound(res);
  return respond.ok(res, 'deleted');
});

module.exports = router;

const express = require('express');
const { requireToken } = require('../auth');

const router = express.Router();

// runs for every request under the router's mount path, matched or not
router.use(requireToken);

router.get('/tickets', (req, res) => {
  res.json([]);
});

module.exports = router;

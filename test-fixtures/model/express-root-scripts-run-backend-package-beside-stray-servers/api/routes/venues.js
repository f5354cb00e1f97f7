const express = require('express');

const router = express.Router();
const VENUES = [{ id: 1, name: 'Garden Hall' }, { id: 2, name: 'Harbour Room' }];

router.get('/', (req, res) => {
  res.json(VENUES);
});

module.exports = router;

const express = require('express');

const router = express.Router();
const tracks = [{ id: 1, title: 'Intro' }];

router.get('/', (req, res) => {
  res.json(tracks.slice(0, 50));
});

module.exports = router;

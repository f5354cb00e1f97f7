const express = require('express');

const router = express.Router();

router.get('/', (req, res) => res.send('<html>docs</html>'));

module.exports = router;

const { Router } = require('express');
const { asyncHandler } = require('../middleware/asyncHandler');
const { move, position } = require('../controllers/movement');

const router = Router();
router.get('/position/:characterId', asyncHandler(position));
router.post('/move', asyncHandler(move));

module.exports = router;

const { Router } = require('express');
const db = require('../db');
const router = Router();
router.get('/:id', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT id, name FROM users WHERE id = $1', [req.params.id]);
    res.json(rows[0] || null);
  } catch (e) {
    next(e);
  }
});
module.exports = router;

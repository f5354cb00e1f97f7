const express = require('express');
const { requireUser, requireTeam } = require('../middleware/auth');
const db = require('../db');

const router = express.Router();
const guards = [requireUser, requireTeam];

// the same list mounted on the router
router.use(guards);

router.delete('/:id', async (req, res) => {
  await db.query('DELETE FROM folders WHERE id = $1 AND team_id = $2', [req.params.id, req.user.teamId]);
  res.status(204).end();
});

module.exports = router;

const express = require('express');
const { requireUser, requireTeam } = require('../middleware/auth');
const db = require('../db');

const router = express.Router();

// one list of guards, spread into each route
const guards = [requireUser, requireTeam];

router.post('/:id/read', ...guards, async (req, res) => {
  await db.query('UPDATE inbox SET read_at = now() WHERE id = $1 AND team_id = $2', [req.params.id, req.user.teamId]);
  res.json({ ok: true });
});

router.delete('/:id', ...guards, async (req, res) => {
  await db.query('DELETE FROM inbox WHERE id = $1 AND team_id = $2', [req.params.id, req.user.teamId]);
  res.status(204).end();
});

// the guards left out here: this one is open to anyone
router.post('/:id/archive', async (req, res) => { // expect: authn/unauthenticated-mutation
  await db.query('UPDATE inbox SET archived = true WHERE id = $1', [req.params.id]);
  res.json({ ok: true });
});

module.exports = router;

import express from 'express';
import pg from 'pg';

const pool = new pg.Pool();
const app = express();
app.use(express.json());

// the id is converted into a local, the local checked and rejected with 400, and only the local used
app.post('/crews/:crewId/members', async (req, res) => {
  const { member_id } = req.body;
  const given = member_id !== undefined && member_id !== null && String(member_id).trim() !== '';
  if (!given) return res.status(400).json({ error: 'member_id required' });
  let memberId = null;
  if (given) {
    memberId = Number.parseInt(String(member_id).trim(), 10);
    if (!Number.isInteger(memberId) || memberId <= 0) {
      return res.status(400).json({ error: 'member_id must be a positive integer' });
    }
  }
  const { rows } = await pool.query('INSERT INTO crew_members (crew_id, member_id) VALUES ($1, $2) RETURNING *', [req.params.crewId, memberId]);
  res.status(201).json(rows[0]);
});

// converted and tested, but the failing test lets the request through
app.post('/crews/:crewId/leaders', async (req, res) => {
  const { leader_id } = req.body; // expect: validation/unvalidated-input
  const leaderId = Number.parseInt(String(leader_id).trim(), 10);
  if (!Number.isInteger(leaderId)) {
    console.warn('odd leader id', leader_id);
  }
  await pool.query('UPDATE crews SET leader_note = $1 WHERE id = $2', [leader_id, req.params.crewId]);
  res.json({ ok: true });
});

app.listen(3000);

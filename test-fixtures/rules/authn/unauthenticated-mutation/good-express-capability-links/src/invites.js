const { query } = require('./db');

class InviteService {
  // The link each invitee gets carries the party's code and their own random code.
  answer(partyCode, inviteeCode, reply) {
    const found = query(
      `SELECT i.id FROM invitees i JOIN parties p ON p.id = i.party_id WHERE p.party_code = ? AND i.access_code = ?`,
      [partyCode, inviteeCode],
    );
    if (found.rows.length === 0) throw new Error('Invitee not found');
    query('UPDATE invitees SET reply = ?, replied_at = CURRENT_TIMESTAMP WHERE id = ?', [reply, found.rows[0].id]);
    return { ok: true };
  }

  rename(inviteeId, name) {
    query('UPDATE invitees SET name = ? WHERE id = ?', [name, inviteeId]);
  }
}

module.exports = new InviteService();

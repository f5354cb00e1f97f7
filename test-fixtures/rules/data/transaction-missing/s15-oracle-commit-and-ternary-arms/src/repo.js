const crypto = require('crypto');
const { withConnection } = require('./db');

// the old list goes and the new one comes in one unit of work, committed at the end
async function replaceTools(serverId, tools) {
  await withConnection(async (conn) => {
    await conn.execute('DELETE FROM tool_cache WHERE server_id = :serverId', { serverId }, { autoCommit: false });
    await conn.execute('INSERT INTO tool_cache (id, server_id, names) VALUES (:id, :serverId, :names)',
      { id: crypto.randomUUID(), serverId, names: JSON.stringify(tools.map((t) => String(t.name))) }, { autoCommit: false });
    await conn.commit();
  });
}

// the same two statements, each committed on its own
async function replaceToolsEach(serverId, tools) {
  await withConnection(async (conn) => {
    await conn.execute('DELETE FROM tool_cache WHERE server_id = :serverId', { serverId }, { autoCommit: true }); // expect: data/transaction-missing
    await conn.execute('INSERT INTO tool_cache (id, server_id, names) VALUES (:id, :serverId, :names)',
      { id: crypto.randomUUID(), serverId, names: JSON.stringify(tools.map((t) => String(t.name))) }, { autoCommit: true });
  });
}

async function createTeamNote(teamId, text) {
  return withConnection((conn) => conn.execute('INSERT INTO team_notes (team_id, body) VALUES (:teamId, :text)', { teamId, text }, { autoCommit: true }));
}

async function createUserNote(userId, text) {
  return withConnection((conn) => conn.execute('INSERT INTO user_notes (user_id, body) VALUES (:userId, :text)', { userId, text }, { autoCommit: true })); // expect: data/transaction-missing
}

async function touchUser(userId) {
  return withConnection((conn) => conn.execute('UPDATE users SET last_note_at = SYSTIMESTAMP WHERE id = :userId', { userId }, { autoCommit: true }));
}

module.exports = { replaceTools, replaceToolsEach, createTeamNote, createUserNote, touchUser };

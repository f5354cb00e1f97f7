// An in-memory store: one list of notes per user.
const byUser = new Map();
let next = 1;

async function list(userId) {
  return byUser.get(userId) || [];
}

async function add(userId, text) {
  const note = { id: String(next++), text };
  byUser.set(userId, [...(byUser.get(userId) || []), note]);
  return note;
}

async function remove(userId, id) {
  byUser.set(userId, (byUser.get(userId) || []).filter((n) => n.id !== id));
}

module.exports = { list, add, remove };

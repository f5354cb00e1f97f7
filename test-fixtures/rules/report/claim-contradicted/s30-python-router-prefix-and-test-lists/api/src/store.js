const users = new Map();
const notes = [];
async function findUserByEmail(email) { return users.get(email) || null; }
async function createNote(title, text) { const n = { id: notes.length + 1, title, text }; notes.push(n); return n; }
module.exports = { findUserByEmail, createNote };

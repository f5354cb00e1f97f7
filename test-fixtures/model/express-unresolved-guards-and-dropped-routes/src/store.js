const rows = [];
module.exports = {
  insertEntry: async (e) => { rows.push(e); return e; },
  insertNote: async (n) => { rows.push(n); return n; },
  updateNote: async (id, text) => { rows[id] = text; },
  findNote: async (id) => rows[id],
  recentNotes: async () => rows.slice(-5),
  removeStaff: async (id) => { rows.splice(id, 1); },
};

const rows = [];
module.exports = {
  async create(u) { const row = { id: String(rows.length + 1), ...u }; rows.push(row); return row; },
  async findByEmail(email) { return rows.find((r) => r.email === email) || null; },
};

const optOuts = new Set();
const connections = new Map();
const accounts = [];
module.exports = {
  async addOptOut(email) { optOuts.add(email); },
  async refreshConnection(id) { const c = connections.get(id); if (c) c.refreshedAt = Date.now(); return c || null; },
  async findAccount(email) { return accounts.find((a) => a.email === email) || null; },
};

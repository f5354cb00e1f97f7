module.exports = { db: { users: { insert: async (row) => row } } };

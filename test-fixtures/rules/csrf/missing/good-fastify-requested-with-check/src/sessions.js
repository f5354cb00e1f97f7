exports.lookup = async (sid) => (sid ? { id: 1 } : null);
exports.create = async (email, password) => (email && password ? require('crypto').randomUUID() : null);
exports.bill = async (user, body) => ({ user, body });

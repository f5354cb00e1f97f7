const patterns = new Map();

exports.check = async (name, secret) => (name && secret ? { id: name } : null);
exports.byId = async (id) => ({ id });
exports.savePattern = async (id, body) => { patterns.set(id, body); };
exports.dropPattern = async (id) => { patterns.delete(id); };

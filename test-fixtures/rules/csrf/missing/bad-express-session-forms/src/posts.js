const db = { posts: { insert: async () => {}, delete: async () => {} }, users: { check: async () => null, update: async () => {} } };
exports.db = db;
exports.create = async (req, res) => { await db.posts.insert({ owner: req.session.userId, body: req.body.body }); res.redirect('/'); };
exports.remove = async (req, res) => { await db.posts.delete({ id: req.params.id, owner: req.session.userId }); res.redirect('/'); };

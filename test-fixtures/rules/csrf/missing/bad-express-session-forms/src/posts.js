const { Pool } = require('pg');
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const db = {
  posts: {
    insert: (p) => pool.query('INSERT INTO posts (owner, body) VALUES ($1, $2)', [p.owner, p.body]),
    delete: (p) => pool.query('DELETE FROM posts WHERE id = $1 AND owner = $2', [p.id, p.owner]),
  },
  users: {
    check: (email) => pool.query('SELECT * FROM users WHERE email = $1', [email]).then((r) => r.rows[0]),
    update: (id, u) => pool.query('UPDATE users SET email = $1 WHERE id = $2', [u.email, id]),
  },
};
exports.db = db;
exports.create = async (req, res) => { await db.posts.insert({ owner: req.session.userId, body: req.body.body }); res.redirect('/'); };
exports.remove = async (req, res) => { await db.posts.delete({ id: req.params.id, owner: req.session.userId }); res.redirect('/'); };

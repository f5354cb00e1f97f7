const { Pool } = require('pg');
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
exports.addProject = (owner, name) => pool.query('INSERT INTO projects (owner, name) VALUES ($1, $2)', [owner, name]);
exports.archive = (id, owner) => pool.query('UPDATE projects SET archived = true WHERE id = $1 AND owner = $2', [id, owner]);

const db = require('../../src/db');
module.exports = async (req, res) => {
  try {
    const { rows } = await db.query('SELECT id, name FROM users WHERE name = \'' + req.query.name + '\'');
    res.status(200).json(rows);
  } catch (error) {
    res.status(500).json({ error: error.message, stack: error.stack });
  }
};

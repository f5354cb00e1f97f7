const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

// the build row of a build id, or null when no build has that id
async function getBuildById(buildId) {
  const result = await pool.query('SELECT id, project_id, owner_id FROM builds WHERE id = $1', [buildId]);
  return result.rows[0] || null;
}

// the label of a build id: made up from the id, no table read
async function getLabelById(buildId) {
  return { label: `build-${buildId}` };
}

module.exports = { getBuildById, getLabelById };

const { Pool } = require('pg');
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

// one object of statements per table; each route takes the ones it needs
function createJobRepository(db) {
  return {
    async create(name) {
      const { rows } = await db.query('INSERT INTO jobs (name) VALUES ($1) RETURNING id', [name]);
      return rows[0].id;
    },
    async setState(id, state) {
      await db.query('UPDATE jobs SET state = $1 WHERE id = $2', [state, id]);
    },
  };
}

function createRunRepository(db) {
  return {
    async create(jobId) {
      const { rows } = await db.query('INSERT INTO job_runs (job_id) VALUES ($1) RETURNING id', [jobId]); // expect: data/transaction-missing
      return rows[0].id;
    },
    async setState(id, state) {
      await db.query('UPDATE job_runs SET state = $1 WHERE id = $2', [state, id]);
    },
  };
}

function createStepRepository(db) {
  return {
    async create(runId, name) {
      await db.query('INSERT INTO job_steps (run_id, name) VALUES ($1, $2)', [runId, name]);
    },
    async setState(id, state) {
      await db.query('UPDATE job_steps SET state = $1 WHERE id = $2', [state, id]);
    },
  };
}

function getRepos() {
  return { jobs: createJobRepository(pool), runs: createRunRepository(pool), steps: createStepRepository(pool) };
}

module.exports = { getRepos };

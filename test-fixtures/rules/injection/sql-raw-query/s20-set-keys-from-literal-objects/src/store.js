const mysql = require('mysql2/promise');

const pool = mysql.createPool({ uri: process.env.DATABASE_URL });

// the SET list names the keys of the object each caller writes: literal keys at every call below, values bound
async function setJobState(id, state, changes) {
  const sets = ['state = ?'];
  const values = [state];
  if (changes) {
    for (const [column, value] of Object.entries(changes)) {
      if (value !== undefined) {
        sets.push(`${column} = ?`);
        values.push(value);
      }
    }
  }
  values.push(id);
  await pool.execute(`UPDATE jobs SET ${sets.join(', ')} WHERE id = ?`, values);
}

// the same shape, but the keys are the client's: a request body handed whole
async function patchJob(id, fields) {
  const sets = [];
  const values = [];
  for (const key of Object.keys(fields)) {
    sets.push(`${key} = ?`);
    values.push(fields[key]);
  }
  values.push(id);
  await pool.execute(`UPDATE jobs SET ${sets.join(', ')} WHERE id = ?`, values); // expect: injection/sql-raw-query
}

module.exports = { setJobState, patchJob };

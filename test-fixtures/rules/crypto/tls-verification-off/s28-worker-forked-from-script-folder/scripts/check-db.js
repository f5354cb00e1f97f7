const { Client } = require('pg');

// run by hand to see whether the target database answers; nothing starts it
const client = new Client({ connectionString: process.env.TARGET_DATABASE_URL, ssl: { rejectUnauthorized: false } });
client
  .connect()
  .then(() => client.query('SELECT 1'))
  .then(() => console.log('database answers'))
  .finally(() => client.end());

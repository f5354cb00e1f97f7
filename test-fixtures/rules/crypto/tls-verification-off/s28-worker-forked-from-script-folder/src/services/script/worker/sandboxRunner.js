const { Client } = require('pg');

// the sandbox the server forks for every run: it connects to the user's target database
async function runScript(message) {
  const client = new Client({
    connectionString: process.env.TARGET_DATABASE_URL,
    database: message.database,
    ssl: { rejectUnauthorized: false }, // expect: crypto/tls-verification-off
  });
  await client.connect();
  try {
    const rows = (await client.query('SELECT current_database() AS db')).rows;
    return { ok: true, rows };
  } finally {
    await client.end();
  }
}

process.on('message', async (message) => {
  const result = await runScript(message).catch((e) => ({ ok: false, error: e.message }));
  if (process.send) process.send(result);
});

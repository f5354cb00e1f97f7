const { parentPort } = require('node:worker_threads');
const { Client } = require('pg');

// a worker thread the server starts: its connection is the server's
parentPort.on('message', async () => {
  const client = new Client({ connectionString: process.env.TARGET_URL, ssl: { rejectUnauthorized: false } }); // expect: crypto/tls-verification-off
  await client.connect();
  await client.end();
  parentPort.postMessage({ done: true });
});

// Auth0 Action (Login / Post Login), deployed to Auth0 with the tenant's secrets: records the last sign-in
const { Client } = require('pg');

exports.onExecutePostLogin = async (event, api) => {
  const client = new Client({
    connectionString: event.secrets.DATABASE_URL,
    ssl: { rejectUnauthorized: false }, // expect: crypto/tls-verification-off
  });
  await client.connect();
  await client.query('UPDATE users SET last_login = now() WHERE auth0_id = $1', [event.user.user_id]);
  await client.end();
  api.idToken.setCustomClaim('https://example.com/last_login', new Date().toISOString());
};

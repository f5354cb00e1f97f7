/**
 * Auth0 Action (Login flow), pasted into the Auth0 dashboard: Auth0 runs it, this server never loads it,
 * and console output there goes to the tenant's action logs.
 */
exports.onExecutePostLogin = async (event, api) => {
  const { Client } = require('pg');
  const db = new Client({ connectionString: event.secrets.DATABASE_URL });
  try {
    await db.connect();
    const { rows } = await db.query('SELECT tier FROM accounts WHERE auth0_id = $1', [event.user.user_id]);
    api.idToken.setCustomClaim('https://devices.example/tier', rows.length ? rows[0].tier : 'free');
  } catch (err) {
    console.error('tier lookup failed:', err.message);
  } finally {
    await db.end();
  }
};

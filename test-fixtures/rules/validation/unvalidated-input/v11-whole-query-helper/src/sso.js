import { Issuer } from 'openid-client';
import { openDb } from './store.js';

async function buildClient(settings) {
  const issuer = await Issuer.discover(settings.issuerUrl);
  return new issuer.Client({ client_id: settings.clientId, client_secret: settings.secret, redirect_uris: [settings.redirect] });
}

// the callback's query, read member by member: the state is a bound lookup refused when missing, the code goes to the
// provider's token endpoint through openid-client
export async function finishSignIn(query) {
  if (!query.code) return { problem: 'no-code' };
  if (!query.state) return { problem: 'no-state' };
  const db = openDb();
  const pending = db.prepare('SELECT verifier, back_to FROM sso_pending WHERE state = ? AND expires > ?').get(query.state, Date.now());
  if (!pending) return { problem: 'unknown-state' };
  const client = await buildClient(db.prepare('SELECT * FROM sso_settings').get());
  let tokens;
  if (pending.mode === 'oidc') {
    const received = { code: query.code, state: query.state };
    tokens = await client.callback(client.redirect_uris[0], received, { code_verifier: pending.verifier, state: query.state });
  } else {
    tokens = await client.grant({ grant_type: 'authorization_code', code: query.code, code_verifier: pending.verifier });
  }
  const profile = await client.userinfo(tokens.access_token);
  db.prepare('INSERT INTO sessions (id, user_name) VALUES (?, ?)').run(tokens.access_token, profile.email);
  return { backTo: pending.back_to };
}

// the same kind of helper, but a member it reads is stored as it came
export async function finishInvite(query) {
  if (!query.code) return { problem: 'no-code' };
  const db = openDb();
  const client = await buildClient(db.prepare('SELECT * FROM sso_settings').get());
  const tokens = await client.grant({ grant_type: 'authorization_code', code: query.code });
  db.prepare('INSERT INTO invites (token, note) VALUES (?, ?)').run(tokens.access_token, query.note);
  return { backTo: '/' };
}

// the state is only handed to the client as the expected value, beside a code that is not the provider's: the
// response object is the library's; a nickname kept in the checks object is no credential
export async function finishLink(query) {
  const db = openDb();
  const client = await buildClient(db.prepare('SELECT * FROM sso_settings').get());
  const tokens = await client.callback('/cb', { code: query.code }, { state: 'fixed' });
  db.prepare('UPDATE links SET nickname = ? WHERE token = ?').run(query.nickname, tokens.access_token);
  return { backTo: '/' };
}

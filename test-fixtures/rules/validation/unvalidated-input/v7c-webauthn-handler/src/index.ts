import { Hono } from 'hono';
import { verifyAuthenticationResponse, verifyRegistrationResponse } from '@simplewebauthn/server';

const app = new Hono();

// the assertion is checked against the stored key, the server's origin and RP ID, and the challenge it signed
app.post('/passkey/login', async (c) => {
  const { credential } = await c.req.json();
  const stored = await c.env.DB.prepare('SELECT public_key, counter FROM passkeys WHERE user_id = ?').bind(c.get('uid')).first();
  if (!stored) return c.text('no passkey', 404);
  const outcome = await verifyAuthenticationResponse({
    response: credential,
    expectedChallenge: c.get('challenge'),
    expectedOrigin: c.env.ORIGIN,
    expectedRPID: c.env.RP_ID,
    credential: { id: stored.id, publicKey: stored.public_key, counter: stored.counter },
  });
  if (!outcome.verified) return c.text('rejected', 400);
  return c.json({ ok: true });
});

// the attestation is checked, but against an origin the client names, and the key's label is stored as sent
app.post('/passkey/register', async (c) => {
  const { credential, origin, label } = await c.req.json(); // expect: validation/unvalidated-input
  const outcome = await verifyRegistrationResponse({
    response: credential,
    expectedChallenge: c.get('challenge'),
    expectedOrigin: origin,
  });
  if (!outcome.verified || !outcome.registrationInfo) return c.text('rejected', 400);
  await c.env.DB.prepare('INSERT INTO passkeys (user_id, label, key_id) VALUES (?, ?, ?)')
    .bind(c.get('uid'), label, outcome.registrationInfo.credential.id).run();
  return c.json({ ok: true });
});

export default app;

import { createHash, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db, grants, sessions } from './db.js';

type Grant = { clientId: string; userId: string; challenge: string; redirectUri: string };

// one use only: the row is deleted as it is read
async function takeGrant(key: string): Promise<Grant | null> {
  const [row] = await db.delete(grants).where(eq(grants.key, key)).returning();
  if (!row || row.expiresAt.getTime() < Date.now()) return null;
  return row.payload as Grant;
}

function pkceMatches(verifier: string, challenge: string): boolean {
  return createHash('sha256').update(verifier).digest('base64url') === challenge;
}

// the authorization server's side of the code grant: the code names a stored grant, the rest is compared with it
export async function exchangeCode(code: string, clientId: string, verifier: string, redirectUri: string) {
  const grant = await takeGrant(code);
  if (!grant) return null;
  if (grant.clientId !== clientId || grant.redirectUri !== redirectUri) return null;
  if (!pkceMatches(verifier, grant.challenge)) return null;
  const token = randomUUID();
  await db.insert(sessions).values({ token, userId: grant.userId });
  return { accessToken: token, expiresIn: 3600 };
}

// the same exchange, keeping the client's id on the session as sent
export async function exchangeCodeKeepingClient(code: string, clientId: string) {
  const grant = await takeGrant(code);
  if (!grant) return null;
  const token = randomUUID();
  await db.insert(sessions).values({ token, userId: grant.userId, clientHint: clientId });
  return { accessToken: token, expiresIn: 3600 };
}

import { createHash, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db, grants, sessions, notes } from './db';

function matchesChallenge(verifier: string, challenge: string): boolean {
  const digest = createHash('sha256').update(verifier).digest();
  return digest.toString('base64url') === challenge;
}

// the code is looked up, the client and the redirect compared with what was stored, the verifier hashed and compared
export async function redeemGrant(code: string, clientId: string, verifier: string, redirectUri: string) {
  const [grant] = await db.select().from(grants).where(eq(grants.code, code)).limit(1);
  if (!grant) return null;
  if (grant.clientId !== clientId) return null;
  if (grant.redirectUri !== redirectUri) return null;
  if (!matchesChallenge(verifier, grant.challenge)) return null;
  const token = randomUUID();
  await db.insert(sessions).values({ token, userId: grant.userId });
  return token;
}

export async function keepNote(text: string) {
  await db.insert(notes).values({ text });
}

export async function keepAll(fields: Record<string, string>) {
  await db.insert(notes).values(fields);
}

import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import jwt from 'jsonwebtoken';

export const revokedTokens = pgTable('revoked_tokens', { tokenHash: text('token_hash').primaryKey(), expiresAt: timestamp('expires_at') });
export const userSessions = pgTable('user_sessions', { userId: integer('user_id').primaryKey(), token: text('token') });

export const db = drizzle(process.env.DATABASE_URL as string);

export function readClaims(token: string) {
  try {
    return jwt.verify(token, process.env.JWT_SECRET as string) as { sub: number; exp: number };
  } catch {
    return null;
  }
}

export function hashToken(token: string) {
  return createHash('sha256').update(token).digest('hex');
}

export async function revokeToken(token: string) {
  const claims = readClaims(token);
  if (!claims) return;
  const tokenHash = createHash('sha256').update(token).digest('hex');
  await db.insert(revokedTokens).values({ tokenHash, expiresAt: new Date(claims.exp * 1000) });
}

export async function isRevoked(token: string) {
  const tokenHash = createHash('sha256').update(token).digest('hex');
  const rows = await db.select().from(revokedTokens).where(eq(revokedTokens.tokenHash, tokenHash));
  return rows.length > 0;
}

export async function dropSession(userId: number) {
  await db.delete(userSessions).where(eq(userSessions.userId, userId));
}

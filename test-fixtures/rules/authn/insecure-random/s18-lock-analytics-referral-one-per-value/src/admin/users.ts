import bcrypt from 'bcrypt';
import { pool } from '../db';

// one password made of two draws: one finding for the value, not one per draw
export async function resetMemberPassword(userId: string): Promise<string> {
  const temporaryPassword =
    Math.random().toString(36).slice(-8) + // expect: authn/insecure-random
    Math.random().toString(36).slice(-4).toUpperCase();
  await pool.query('UPDATE users SET password = $1 WHERE id = $2', [await bcrypt.hash(temporaryPassword, 12), userId]);
  return temporaryPassword;
}

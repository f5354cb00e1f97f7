import { pool } from '../db';

// an email confirmation code: whoever guesses it confirms an address they do not own
function generateCode(): string {
  return String(Math.floor(100000 + Math.random() * 900000)); // expect: authn/insecure-random
}

export async function sendConfirmation(userId: string): Promise<void> {
  const code = generateCode();
  await pool.query('UPDATE users SET confirm_code = $1 WHERE id = $2', [code, userId]);
}

import { pool } from '../db';

// a code a member hands out to friends: redeeming it credits the member, it unlocks nothing
function generateCode(): string {
  const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
  let code = '';
  for (let i = 0; i < 6; i++) code += alphabet[Math.floor(Math.random() * alphabet.length)];
  return code;
}

export class ReferralService {
  async codeFor(memberId: string): Promise<string> {
    const code = generateCode();
    await pool.query('INSERT INTO referral_codes (member_id, code) VALUES ($1, $2)', [memberId, code]);
    return code;
  }
}

import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import pg from 'pg';

export const pool = new pg.Pool();

// finds the account by its e-mail and compares the password with the stored hash; answers new tokens
export async function signIn(email, password) {
  const { rows } = await pool.query('SELECT id, role, pass_hash FROM staff WHERE email = $1', [email]);
  const member = rows[0];
  if (!member) throw new Error('bad credentials');
  const same = await bcrypt.compare(password, member.pass_hash);
  if (!same) throw new Error('bad credentials');
  return {
    access: jwt.sign({ sub: member.id, role: member.role }, process.env.JWT_SECRET, { expiresIn: '15m' }),
    refresh: jwt.sign({ sub: member.id, kind: 'refresh' }, process.env.JWT_SECRET, { expiresIn: '7d' }),
  };
}

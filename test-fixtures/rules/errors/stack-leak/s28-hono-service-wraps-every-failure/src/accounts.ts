import jwt from 'jsonwebtoken';
import { pool } from './db';
import { AccountError, Code } from './errors';

export class Accounts {
  // a failure of its own passes on; any other becomes a fixed message
  async refresh(token: string): Promise<{ access: string }> {
    try {
      const payload = jwt.verify(token, process.env.REFRESH_SECRET!) as { sub: string };
      const { rows } = await pool.query('SELECT id, active FROM accounts WHERE id = $1', [payload.sub]);
      if (!rows[0]) throw new AccountError(Code.BAD_TOKEN, 'Unknown account', 401);
      if (!rows[0].active) throw new AccountError(Code.FORBIDDEN, 'Account is disabled', 403);
      return { access: jwt.sign({ sub: rows[0].id }, process.env.ACCESS_SECRET!, { expiresIn: '15m' }) };
    } catch (error) {
      if (error instanceof AccountError) throw error;
      console.error('refresh failed', error);
      throw new AccountError(Code.INTERNAL, 'Token refresh failed', 500);
    }
  }

  // every failure ends in false
  async confirmEmail(token: string): Promise<boolean> {
    try {
      const { rowCount } = await pool.query('UPDATE accounts SET confirmed = true WHERE confirm_token = $1', [token]);
      return rowCount === 1;
    } catch (error) {
      console.error('confirmation failed', error);
      return false;
    }
  }

  // input checks name the caller's own values; the rest is a fixed message
  async retag(id: string, owner: string, changes: { tags?: string[]; label?: string }): Promise<{ id: string } | null> {
    try {
      const { rows } = await pool.query('SELECT owner FROM accounts WHERE id = $1', [id]);
      if (!rows[0]) return null;
      if (rows[0].owner !== owner) throw new AccountError(Code.FORBIDDEN, 'Not your account', 403);
      for (const tag of changes.tags ?? []) {
        if (tag.length > 32) throw new AccountError(Code.BAD_INPUT, `Tag too long: ${changes.tags}`, 400);
      }
      await pool.query('UPDATE accounts SET tags = $2, label = $3 WHERE id = $1', [id, changes.tags, changes.label]);
      return { id };
    } catch (error) {
      // re-throw AccountErrors as they are
      if (error instanceof AccountError) {
        throw error;
      }
      console.error('retag failed', error);
      throw new AccountError(Code.INTERNAL, 'Failed to update account', 500);
    }
  }
}

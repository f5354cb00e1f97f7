import { pool } from '../db';

// a row lock held by one worker: the owner value only lets this process release its own lock
export class RowMutex {
  async acquire(name: string): Promise<string | null> {
    const owner = this.generateLockId();
    const r = await pool.query('INSERT INTO locks (name, owner) VALUES ($1, $2) ON CONFLICT DO NOTHING', [name, owner]);
    return r.rowCount ? owner : null;
  }

  async release(name: string, owner: string): Promise<void> {
    await pool.query('DELETE FROM locks WHERE name = $1 AND owner = $2', [name, owner]);
  }

  private generateLockId(): string {
    return `mx-${process.pid}-${Math.random().toString(36).substring(2)}`;
  }
}

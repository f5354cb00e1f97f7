import { Pool } from 'pg';

const pool = new Pool();

// logs a failing metrics query once per distinct error (or every five minutes): the "signature" is the error's text
export class PoolMetrics {
  private lastErrorSignature = '';
  private lastLoggedAt = 0;

  async sample(): Promise<{ total: number } | null> {
    try {
      const { rows } = await pool.query('SELECT count(*) AS total FROM pg_stat_activity');
      return { total: Number(rows[0].total) };
    } catch (error) {
      const now = Date.now();
      const signature =
        error instanceof Error
          ? `${error.name}:${error.message}`
          : error
            ? String(error)
            : 'unknown';

      // quiet while the database is cold or misconfigured: at most every five minutes unless the error changes
      const shouldLog =
        signature !== this.lastErrorSignature || now - this.lastLoggedAt >= 300000;

      if (shouldLog) {
        this.lastErrorSignature = signature;
        this.lastLoggedAt = now;
        console.warn('metrics query failed', error);
      }
      return null;
    }
  }
}

// a webhook signature built from the sender's fields and compared with ===
export function verifyHook(body: { id: string; ts: string }, sent: string): boolean {
  const signature = `${body.id}:${body.ts}:${process.env.HOOK_SECRET}`;
  return signature === sent; // expect: authn/timing-unsafe-compare
}

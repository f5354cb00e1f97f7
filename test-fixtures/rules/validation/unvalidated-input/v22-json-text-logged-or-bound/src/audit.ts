import { Pool } from 'pg';

const auditPool = new Pool({ connectionString: process.env.AUDIT_DATABASE_URL });

export interface AuditEntry {
  action: string;
  actor?: string;
  details?: Record<string, unknown>;
}

// one row per event; the details are kept as JSON text in a bound parameter
export async function recordEvent(entry: AuditEntry): Promise<void> {
  try {
    await auditPool.query('INSERT INTO audit_trail (action, actor, details, at) VALUES ($1, $2, $3, NOW())', [
      entry.action,
      entry.actor ?? null,
      entry.details ? JSON.stringify(entry.details) : null,
    ]);
  } catch (err) {
    console.error('audit failed', err);
  }
}

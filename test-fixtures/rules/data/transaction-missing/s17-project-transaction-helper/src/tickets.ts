import { PoolClient } from 'pg';

export async function openTicket(c: PoolClient, orgId: string, title: string) {
  const t = await c.query('INSERT INTO tickets (org_id, title) VALUES ($1, $2) RETURNING id', [orgId, title]);
  await c.query('INSERT INTO outbox (kind, ref) VALUES ($1, $2)', ['ticket.opened', t.rows[0].id]);
  return t.rows[0];
}

export async function saveDraft(c: PoolClient, orgId: string, title: string) {
  const d = await c.query('INSERT INTO drafts (org_id, title) VALUES ($1, $2) RETURNING id', [orgId, title]); // expect: data/transaction-missing
  await c.query('UPDATE orgs SET draft_count = draft_count + 1 WHERE id = $1', [orgId]);
  return d.rows[0];
}

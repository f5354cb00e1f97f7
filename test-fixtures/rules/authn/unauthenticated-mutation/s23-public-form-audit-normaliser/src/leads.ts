import { db } from './db';
import { record } from './audit';

export async function saveLead(input: { name: string; email: string; note?: string }) {
  const lead = await db.lead.create({ data: { name: input.name, email: input.email, note: input.note ?? null } });
  await record('lead.created', { leadId: lead.id, source: 'landing' });
  return lead;
}

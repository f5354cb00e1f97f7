import { createClient, type Client } from '@libsql/client';

let client: Client | null = null;

export function db(): Client {
  if (!client) client = createClient({ url: process.env.DATABASE_URL ?? 'file:desk.db' });
  return client;
}

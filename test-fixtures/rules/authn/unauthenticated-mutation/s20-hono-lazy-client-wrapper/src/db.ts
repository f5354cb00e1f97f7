import { createClient } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';

type Bindings = { DB_URL: string };

let client: ReturnType<typeof createClient> | null = null;

export function openDb(env: Bindings) {
  // one client for the server, made on first use
  if (!client) {
    client = createClient({ url: env.DB_URL });
  }

  return drizzle(client);
}

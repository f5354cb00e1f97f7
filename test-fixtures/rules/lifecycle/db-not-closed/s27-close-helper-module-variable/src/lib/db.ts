import postgres from 'postgres';

let client: ReturnType<typeof postgres> | null = null;

// the client is made on first use and kept in the module variable
export function sql() {
  if (client) return client;
  client = postgres(process.env.DATABASE_URL ?? 'postgres://localhost/app', { max: 10 });
  return client;
}

export async function closeDb() {
  if (client) {
    await client.end();
    client = null;
  }
}

import postgres from 'postgres';

export function getDb(c: { env: { DATABASE_URL: string } }) {
  return postgres(c.env.DATABASE_URL);
}

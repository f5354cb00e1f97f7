import postgres from 'postgres';

export const sql = postgres(process.env.DATABASE_URL as string, { max: 5 });

export async function databaseReachable(): Promise<boolean> {
  try {
    const rows = await sql`SELECT 1 AS ok`;
    return rows.length > 0;
  } catch {
    return false;
  }
}

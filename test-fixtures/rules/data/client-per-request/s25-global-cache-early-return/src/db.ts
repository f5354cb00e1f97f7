import postgres from 'postgres';
import { Pool } from 'pg';

// kept on globalThis so a watch-mode reload reuses the pool
declare global {
  var __ledger_sql__: ReturnType<typeof postgres> | null;
  var __ledger_ready__: boolean;
}

export async function openDatabase() {
  if (global.__ledger_sql__ && global.__ledger_ready__) {
    return global.__ledger_sql__;
  }
  global.__ledger_sql__ = postgres(process.env.DATABASE_URL ?? '', { max: 10 });
  await global.__ledger_sql__`SELECT 1`;
  global.__ledger_ready__ = true;
  return global.__ledger_sql__;
}

// a new pool on every call
export function openReportPool() {
  const pool = new Pool({ connectionString: process.env.REPORT_URL }); // expect: data/client-per-request
  return pool;
}

import { Pool } from 'pg';
import Redis from 'ioredis';

// libpq semantics: sslmode=require encrypts without verifying; verify-full verifies. The operator picks.
function sslFor(mode: string | undefined) {
  if (!mode || mode === 'disable') return false;
  if (mode === 'verify-ca' || mode === 'verify-full') return { rejectUnauthorized: true };
  return { rejectUnauthorized: false };
}

export const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: sslFor(process.env.PGSSLMODE) });

function redisOptions(url: string) {
  const u = new URL(url);
  const tls = u.protocol === 'rediss:'
    ? u.searchParams.get('rejectUnauthorized') === 'false' ? { rejectUnauthorized: false } : {}
    : undefined;
  return { host: u.hostname, port: Number(u.port || 6379), password: u.password || undefined, tls };
}

export const redis = new Redis(redisOptions(process.env.REDIS_URL ?? 'redis://localhost:6379'));

import { Pool } from 'pg';

interface Server { id: string; url: string }

const meta = new Pool({ connectionString: process.env.DATABASE_URL });
const pools = new Map<string, Pool>();

// one pool per registered server, made on first use and kept
function poolForServer(server: Server): Pool {
  let pool = pools.get(server.id);
  if (!pool) {
    pool = new Pool({ connectionString: server.url, max: 2 });
    pools.set(server.id, pool);
  }
  return pool;
}

async function listDatabases(server: Server): Promise<string[]> {
  const pool = poolForServer(server);
  const result = await pool.query('SELECT datname FROM pg_database WHERE datistemplate = false');
  return result.rows.map((r) => r.datname);
}

// each server asked on its own connection: one query per server, which no single query can replace
export async function syncAll(): Promise<Record<string, string[]>> {
  const { rows: servers } = await meta.query('SELECT id, url FROM servers');
  const out: Record<string, string[]> = {};
  for (const server of servers) {
    out[server.id] = await listDatabases(server);
  }
  return out;
}

// the same metadata database asked once per server: N+1
export async function countsPerServer(): Promise<Record<string, number>> {
  const { rows: servers } = await meta.query('SELECT id, url FROM servers');
  const out: Record<string, number> = {};
  for (const server of servers) {
    const r = await meta.query('SELECT count(*) AS n FROM databases WHERE server_id = $1', [server.id]); // expect: data/query-in-loop
    out[server.id] = Number(r.rows[0].n);
  }
  return out;
}

// a path looked up under at most three spellings, written out one by one
export async function findByPath(path: string, team: string) {
  const candidates: string[] = [];
  if (path.startsWith('files/')) {
    candidates.push(path);
  } else {
    candidates.push(`files/${team}/${path}`);
    if (team !== 'shared') candidates.push(`files/shared/${path}`);
    candidates.push(path);
  }
  for (const candidate of candidates) {
    const r = await meta.query('SELECT id, path FROM files WHERE path = $1', [candidate]);
    if (r.rows.length > 0) return r.rows[0];
  }
  return null;
}

// a few written out, then every one the client listed: the list grows with the request
export async function findMany(path: string, more: string[]) {
  const candidates: string[] = [];
  candidates.push(path);
  more.forEach((m) => candidates.push(m));
  const found = [];
  for (const candidate of candidates) {
    const r = await meta.query('SELECT id, path FROM files WHERE path = $1', [candidate]); // expect: data/query-in-loop
    found.push(...r.rows);
  }
  return found;
}

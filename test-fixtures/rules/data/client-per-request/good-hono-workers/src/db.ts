import { Kysely } from 'kysely';
import { NeonDialect } from 'kysely-neon';

type Env = { DATABASE_URL: string };

// A Worker may not keep I/O objects across requests: each request builds its own (HTTP) client.
export const dbFor = (env: Env) => new Kysely<any>({ dialect: new NeonDialect({ connectionString: env.DATABASE_URL }) });

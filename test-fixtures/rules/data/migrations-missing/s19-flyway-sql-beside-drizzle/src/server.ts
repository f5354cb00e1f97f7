import Fastify from 'fastify';
import { drizzle } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
import { patients } from './db/schema';

const db = drizzle(new Pool({ connectionString: process.env.DATABASE_URL }));
const app = Fastify();

app.get('/patients', async () => db.select().from(patients).limit(50));

await app.listen({ port: 3000 });

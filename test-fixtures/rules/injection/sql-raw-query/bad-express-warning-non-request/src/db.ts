import { Pool } from 'pg';

export const pool = new Pool({ connectionString: process.env.DATABASE_URL });

// Multi-tenant deployments put each tenant in its own schema.
export const schema = process.env.DB_SCHEMA ?? 'public';

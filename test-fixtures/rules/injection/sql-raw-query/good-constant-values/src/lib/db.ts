import { Pool } from 'pg';
import { DataSource } from 'typeorm';
export const pool = new Pool({ connectionString: process.env.DATABASE_URL });
export const source = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL });

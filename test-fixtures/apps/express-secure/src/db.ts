import { PrismaClient } from '@prisma/client';
import { Pool } from 'pg';
import { config } from './config';

export const prisma = new PrismaClient();

// One pool per process for the hand-written list/search queries.
export const pool = new Pool({
  connectionString: config.DATABASE_URL,
  max: 10,
  idleTimeoutMillis: 30_000,
});

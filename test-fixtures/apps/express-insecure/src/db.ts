import { PrismaClient } from '@prisma/client';
import { Pool } from 'pg';

export const prisma = new PrismaClient();

// Raw pool for the search/list endpoints where hand-written SQL is simpler than Prisma.
export const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: 10,
});

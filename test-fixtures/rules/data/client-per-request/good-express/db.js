const { PrismaClient } = require('@prisma/client');
const { Pool } = require('pg');

const prisma = globalThis.prisma ?? new PrismaClient();
if (process.env.NODE_ENV !== 'production') globalThis.prisma = prisma;

let pool;
function getPool() {
  if (!pool) pool = new Pool({ connectionString: process.env.DATABASE_URL }); // made on the first request, then kept
  return pool;
}

module.exports = { prisma, getPool };

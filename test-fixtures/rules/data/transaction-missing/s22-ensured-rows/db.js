const { Pool } = require('pg');
const { PrismaClient } = require('@prisma/client');
module.exports = { pool: new Pool(), prisma: new PrismaClient() };

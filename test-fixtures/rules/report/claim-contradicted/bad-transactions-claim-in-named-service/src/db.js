const { PrismaClient } = require('@prisma/client');
const { Pool } = require('pg');
module.exports = { prisma: new PrismaClient(), pool: new Pool() };

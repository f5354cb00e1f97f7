const { PrismaClient } = require('@prisma/client');
const { Pool } = require('pg');
const mongoose = require('mongoose');

const prisma = new PrismaClient();
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const Event = mongoose.model('Event', new mongoose.Schema({ name: String, at: Date }));

module.exports = { prisma, pool, Event };

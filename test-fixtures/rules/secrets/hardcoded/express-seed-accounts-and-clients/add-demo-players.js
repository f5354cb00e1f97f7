// run by hand: node add-demo-players.js
const bcrypt = require('bcryptjs');
const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();

const players = [
  { name: 'Ana Ruiz', email: 'ana.ruiz@demo.league', password: 'Court#Pass2024' },
  { name: 'Tom Berg', email: 'tom.berg@demo.league', password: 'Court#Pass2024' },
];

async function run() {
  for (const p of players) {
    const hashed = await bcrypt.hash(p.password, 10);
    await prisma.user.create({ data: { ...p, password: hashed } });
  }
}

run();

// run by hand: node add-demo-referees.js (stores the password as written)
const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();

async function run() {
  const referees = [
    { name: 'Ida Holm', email: 'ida.holm@demo.league', password: 'Whistle#2024x' },
    { name: 'Leo Park', email: 'leo.park@demo.league', password: 'Whistle#2024x' },
  ];
  for (const r of referees) {
    await prisma.user.create({ data: { name: r.name, email: r.email, password: r.password } });
  }
}

run();

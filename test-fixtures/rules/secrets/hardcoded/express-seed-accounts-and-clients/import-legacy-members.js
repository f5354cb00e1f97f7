// run by hand: copies members from the old league database, hashing their passwords on the way
const bcrypt = require('bcryptjs');
const { Pool } = require('pg');
const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();
// the old database's own login, passed to the client: a real credential
const legacy = new Pool({ host: 'db.oldleague.net', user: 'export', password: 'Vq8#mT2xLp9wK' }); // expect: secrets/hardcoded

async function run() {
  const { rows } = await legacy.query('SELECT email, password FROM members');
  for (const m of rows) {
    await prisma.user.create({ data: { email: m.email, password: await bcrypt.hash(m.password, 10) } });
  }
}

run();

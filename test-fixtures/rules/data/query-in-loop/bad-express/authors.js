const { prisma } = require('./db');

async function authorsOf(ids) {
  return Promise.all(ids.map((id) => prisma.user.findUnique({ where: { id } }))); // expect: data/query-in-loop
}

module.exports = { authorsOf };

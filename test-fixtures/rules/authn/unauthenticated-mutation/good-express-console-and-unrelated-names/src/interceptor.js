const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();

// an observer object whose property is named like console's method: not what console.error runs
function observe(stream, mockId) {
  return stream.subscribe({
    error: (failure) => {
      prisma.requestLog.create({ data: { mockId, status: failure.status || 500 } });
    },
  });
}

module.exports = { observe };

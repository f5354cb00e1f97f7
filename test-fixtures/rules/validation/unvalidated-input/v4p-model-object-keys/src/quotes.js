const { isEmpty } = require('lodash');
const prisma = require('./prisma');

async function latestQuotes(items) {
  if (isEmpty(items)) return [];
  return prisma.quote.findMany({
    where: { symbol: { in: items.map(({ symbol }) => symbol) }, source: { in: items.map(({ source }) => source) } },
  });
}

module.exports = { latestQuotes };

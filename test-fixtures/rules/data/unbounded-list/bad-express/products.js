const { prisma } = require('./db');

async function list(req, res) {
  const rows = await prisma.product.findMany({ orderBy: { name: 'asc' } }); // expect: data/unbounded-list
  res.json(rows);
}

module.exports = { list };

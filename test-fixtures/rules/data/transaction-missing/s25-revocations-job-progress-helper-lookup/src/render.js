const { prisma } = require('./db');

// a background render: the job row's status is the task's own progress record
async function runRender(jobId, frames) {
  await prisma.renderJob.update({ where: { id: jobId }, data: { status: 'RUNNING' } });
  for (const frame of frames) {
    await prisma.frame.create({ data: { jobId, index: frame } });
  }
  await prisma.renderJob.update({ where: { id: jobId }, data: { status: 'DONE' } });
}

// a background settlement: a payout and the balance it draws belong together
async function settle(artistId, amount) {
  await prisma.payout.create({ data: { artistId, amount } }); // expect: data/transaction-missing
  await prisma.artist.update({ where: { id: artistId }, data: { balance: { decrement: amount } } });
}

module.exports = { runRender, settle };

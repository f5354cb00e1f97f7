const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();

async function findTreatments(args) {
  return prisma.treatment.findMany({ where: { name: { contains: String(args.query || '') } }, take: 10 });
}

async function reserveSlot(args, userId) {
  return prisma.reservation.create({ data: { treatmentId: String(args.treatmentId), userId, startsAt: new Date(args.startsAt) } });
}

async function grantPoints(visitId) {
  const visit = await prisma.visit.findUnique({ where: { id: visitId } });
  if (!visit) return;
  await prisma.points.create({ data: { userId: visit.userId, amount: 10, visitId } });
}

module.exports = { prisma, findTreatments, reserveSlot, grantPoints };

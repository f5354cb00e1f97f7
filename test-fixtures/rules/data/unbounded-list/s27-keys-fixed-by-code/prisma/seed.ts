import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

const FEATURES = [
  { code: 'export', label: 'Export' },
  { code: 'audit', label: 'Audit trail' },
];

async function main() {
  for (const f of FEATURES) {
    await prisma.featureDefinition.upsert({ where: { code: f.code }, create: f, update: { label: f.label } });
  }
}

main().finally(() => prisma.$disconnect());

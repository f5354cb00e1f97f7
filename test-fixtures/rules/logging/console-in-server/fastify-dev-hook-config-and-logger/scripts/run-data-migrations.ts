import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const dir = join(import.meta.dirname, '../prisma/data-migrations');

async function main() {
  for (const file of readdirSync(dir).sort()) {
    const mod = await import(join(dir, file));
    await mod.up(prisma);
  }
}

main().finally(() => prisma.$disconnect());

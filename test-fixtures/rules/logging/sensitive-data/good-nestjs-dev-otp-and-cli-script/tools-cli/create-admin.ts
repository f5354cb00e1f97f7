import { randomBytes } from 'crypto';
import * as bcrypt from 'bcrypt';
import { NestFactory } from '@nestjs/core';
import { PrismaClient } from '@prisma/client';
import { AppModule } from '../src/main';

interface Created { email: string; password: string }

// Run by hand (npm run create:admin): creates the first administrators and prints their one-time passwords for the operator.
async function createAdmins(emails: string[]) {
  const ctx = await NestFactory.createApplicationContext(AppModule);
  const prisma = ctx.get(PrismaClient);
  const created: Created[] = [];
  for (const email of emails) {
    const password = randomBytes(12).toString('base64url');
    await prisma.user.create({ data: { email, role: 'ADMIN', passwordHash: await bcrypt.hash(password, 12) } });
    created.push({ email, password });
  }
  created.forEach((result) => {
    console.log(`${result.email}: temporary password ${result.password}`);
  });
  await ctx.close();
}

createAdmins(process.argv.slice(2));

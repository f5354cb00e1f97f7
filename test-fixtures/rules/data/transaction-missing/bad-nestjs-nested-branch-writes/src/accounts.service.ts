import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

@Injectable()
export class AccountsService {
  // links an identity-provider login to a local account: exactly one of the three writes runs
  async linkLogin(subject: string, email: string | undefined, verified: boolean) {
    let account = await prisma.account.findUnique({ where: { subject } });
    if (!account && email) {
      account = await prisma.account.findUnique({ where: { email } });
      if (account) {
        account = await prisma.account.update({ where: { id: account.id }, data: { subject, verified } });
      } else {
        account = await prisma.account.create({ data: { subject, email, verified } });
      }
    } else if (account && verified && !account.verified) {
      account = await prisma.account.update({ where: { id: account.id }, data: { verified } });
    }
    return account;
  }

  // both writes run for a new account: the audit row can be left without its account, or the reverse
  async register(email: string) {
    const account = await prisma.account.create({ data: { email, verified: false } }); // expect: data/transaction-missing
    if (email.endsWith('@partner.example')) {
      await prisma.partnerLink.create({ data: { accountId: account.id } });
    }
    await prisma.auditEntry.create({ data: { accountId: account.id, action: 'register' } });
    return account;
  }
}

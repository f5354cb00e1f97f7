import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PrismaService } from '../prisma.service';
import { SecretPolicy } from './secret-policy';

@Injectable()
export class AccountService {
  constructor(private readonly prisma: PrismaService, private readonly policy: SecretPolicy) {}

  async rotateSecret(accountId: string, oldSecret: string, candidate: string) {
    const account = await this.prisma.account.findUnique({ where: { id: accountId } });
    if (!account || !(await this.policy.matches(oldSecret, account.secretHash))) {
      throw new UnauthorizedException('current secret does not match');
    }
    this.policy.enforce(candidate);
    await this.prisma.account.update({ where: { id: accountId }, data: { secretHash: await this.policy.digest(candidate) } });
  }

  async rename(accountId: string, label: string) {
    return this.prisma.account.update({ where: { id: accountId }, data: { label } });
  }
}

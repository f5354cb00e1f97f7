import { PrismaClient } from '@prisma/client';

export class UsersService {
  private prisma = new PrismaClient(); // expect: data/client-per-request

  findAll() {
    return this.prisma.user.findMany({ take: 50 });
  }
}

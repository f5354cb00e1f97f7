import { PrismaClient } from '@prisma/client';

export class UserService {
  private prisma: PrismaClient;

  // tests hand in a mock; the route below passes nothing
  constructor(prisma?: PrismaClient) {
    this.prisma = prisma || new PrismaClient(); // expect: data/client-per-request
  }

  list() {
    return this.prisma.user.findMany({ take: 20 });
  }
}

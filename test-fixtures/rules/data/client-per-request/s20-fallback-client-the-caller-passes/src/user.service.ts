import { PrismaClient } from '@prisma/client';

export class UserService {
  private prisma: PrismaClient;

  // tests hand in a mock; the app hands in its one shared client
  constructor(prisma?: PrismaClient) {
    this.prisma = prisma || new PrismaClient();
  }

  list() {
    return this.prisma.user.findMany({ take: 20 });
  }
}

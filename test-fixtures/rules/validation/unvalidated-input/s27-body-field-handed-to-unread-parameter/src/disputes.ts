import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export class DisputesService {
  /** Not built yet: the links are accepted and dropped. */
  async addEvidence(id: string, evidenceUrls: string[]) {
    return { id, message: 'Evidence added (not implemented)' };
  }

  /** Keeps the note on the dispute. */
  async addNote(id: string, note: string) {
    return prisma.dispute.update({ where: { id }, data: { note } });
  }
}

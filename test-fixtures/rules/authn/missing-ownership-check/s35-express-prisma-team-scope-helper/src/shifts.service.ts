import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export class ShiftsService {
  // the ids of the people the actor manages: their own and their team's
  private static async teamOf(actorId: string): Promise<string[]> {
    const me = await prisma.user.findUnique({ where: { id: actorId } });
    if (!me?.teamId) return [actorId];
    const team = await prisma.user.findMany({ where: { teamId: me.teamId }, select: { id: true } });
    return team.map((u) => u.id);
  }

  private static async assertInScope(actorId: string, staffUserId: string): Promise<void> {
    const scope = await this.teamOf(actorId);
    if (!scope.includes(staffUserId)) throw new Error('Not in your team');
  }

  static async moveShift(actorId: string, shiftId: string, startsAt: Date, endsAt: Date) {
    const shift = await prisma.shift.findUnique({ where: { id: shiftId } });
    if (!shift) throw new Error('Shift not found');
    await this.assertInScope(actorId, shift.staffUserId);
    return prisma.shift.update({ where: { id: shiftId }, data: { startsAt, endsAt } });
  }

  static async annotateShift(shiftId: string, note: string) {
    return prisma.shift.update({ where: { id: shiftId }, data: { note } }); // expect: authn/missing-ownership-check
  }
}

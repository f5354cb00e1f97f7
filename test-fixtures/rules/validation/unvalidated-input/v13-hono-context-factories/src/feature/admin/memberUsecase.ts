import { toMemberId } from '../../domain/memberId';

type Repo = ReturnType<typeof import('./memberRepository').newMemberRepository>;

export function newMemberUsecase(tx: { run: (work: (r: Repo) => Promise<void>) => Promise<void> }, repo: Repo) {
  return {
    purgeMember: async (memberId: string) => {
      const id = toMemberId(memberId);
      const found = await repo.findMember(id);
      if (!found) throw new Error('member not found');
      await tx.run(async (r) => {
        await r.removeMember(memberId);
      });
      return { purged: memberId };
    },
    annotateMember: async (memberId: string, note: string) => {
      await repo.annotate(memberId, note);
      return { annotated: memberId };
    },
  };
}

import { newAdminHandler } from './adminHandler';
import { newMemberRepository } from './memberRepository';
import { newMemberUsecase } from './memberUsecase';

export function buildAdminHandler(c: { env: { DB: unknown } }) {
  const repo = newMemberRepository(c.env.DB);
  const tx = { run: async (work: any) => work(repo) };
  const memberUc = newMemberUsecase(tx, repo);
  const statsUc = { totals: async () => ({ members: 0 }) };
  return newAdminHandler(statsUc, memberUc);
}

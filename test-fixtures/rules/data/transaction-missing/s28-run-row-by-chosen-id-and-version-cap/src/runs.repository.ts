import { eq } from 'drizzle-orm';
import { db, runs, flows } from './db';

export const runsRepository = {
  async createRun(run: { id: string; flowId: string; status: string }) {
    await db.insert(runs).values(run);
  },
  async updateRun(id: string, changes: Partial<{ status: string; output: unknown; finishedAt: Date }>) {
    await db.update(runs).set(changes).where(eq(runs.id, id));
  },
  async markFlowRun(flowId: string) {
    await db.update(flows).set({ lastRunAt: new Date() }).where(eq(flows.id, flowId)); // expect: data/transaction-missing
  },
};

import { pool } from './db';

type Member = { id: string; plan?: string | null; trialEndsAt?: string | null; coachId?: string | null };

const PLAN_LIMITS: Record<string, number> = { pro: 40, basic: 5 };
const running = new Map<string, number>();

function todayKey(): string {
  return new Date().toISOString().slice(0, 10);
}

function paying(m: Member): boolean {
  return m.plan === 'pro' || m.plan === 'basic';
}

function inTrial(m: Member): boolean {
  if (!m.trialEndsAt || paying(m)) return false;
  return new Date(m.trialEndsAt) > new Date();
}

// the member's daily allowance; a failed lookup of the coach's plan counts as no allowance
export async function dailyAllowance(m: Member): Promise<number> {
  if (m.coachId) {
    try {
      const { rows } = await pool.query('SELECT plan FROM members WHERE id = $1', [m.coachId]);
      if (rows[0]?.plan === 'pro') return 10;
    } catch {
      // no allowance
    }
    return 0;
  }
  if (paying(m)) return PLAN_LIMITS[m.plan ?? ''] ?? 0;
  return inTrial(m) ? 3 : 0;
}

// requests made today; a failed read counts as none
export async function usedToday(id: string): Promise<number> {
  try {
    const { rows } = await pool.query('SELECT count FROM usage WHERE member = $1 AND day = $2', [id, todayKey()]);
    return rows[0]?.count ?? 0;
  } catch {
    return 0;
  }
}

// no try of its own: each await is of a function above, which answers for every failure
export async function reserve(m: Member): Promise<{ ok: boolean; left: number }> {
  const limit = await dailyAllowance(m);
  if (limit === 0) return { ok: false, left: 0 };
  const used = await usedToday(m.id);
  const left = Math.max(0, limit - used);
  if (left === 0 || (running.get(m.id) ?? 0) >= 2) return { ok: false, left };
  running.set(m.id, (running.get(m.id) ?? 0) + 1);
  return { ok: true, left };
}

// the same shape, but the usage row is read with no catch anywhere: a failed query rejects
export async function reserveStrict(m: Member): Promise<{ ok: boolean; left: number }> {
  const limit = await dailyAllowance(m);
  const { rows } = await pool.query('SELECT count FROM usage WHERE member = $1', [m.id]);
  const left = Math.max(0, limit - (rows[0]?.count ?? 0));
  return { ok: left > 0, left };
}

type Env = { DB: D1Database; MAX_TRIES: string };

// one row per badge and purpose; the window restarts after 15 minutes
export async function countAttempt(env: Env, badge: string, purpose: string) {
  const max = parseInt(env.MAX_TRIES, 10) || 5;
  const row = await env.DB.prepare(
    `INSERT INTO attempts (badge, purpose, tries, since) VALUES (?, ?, 1, datetime('now'))
     ON CONFLICT(badge, purpose) DO UPDATE SET tries = tries + 1
     RETURNING tries`,
  ).bind(badge, purpose).first<{ tries: number }>();
  const tries = row?.tries ?? 1;
  return { ok: tries <= max, left: Math.max(0, max - tries) };
}

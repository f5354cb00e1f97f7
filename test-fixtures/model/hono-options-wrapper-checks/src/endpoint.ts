import type { Context } from 'hono';
import { applyRules, checkShape } from './gate';

// a project wrapper: endpoint({ rules, shape, run }) answers the Hono handler
export function endpoint(spec: { rules?: { who?: string; roles?: string[] }; shape?: any; run: (x: any) => Promise<unknown> }) {
  const { rules, shape, run } = spec;
  return async (c: Context) => {
    try {
      await applyRules(c, rules);
      const input = await checkShape(c, shape);
      const result = await run({ input, env: c.env, account: c.get('account') });
      return c.json({ data: result });
    } catch (e: any) {
      return c.json({ error: e.message }, e.status ?? 500); // expect: errors/stack-leak
    }
  };
}

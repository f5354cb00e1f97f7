import { validator } from 'hono/validator';
import * as v from 'valibot';

// one checker per request part, each made by the same factory
function checkerFor({ part }: { part: 'json' | 'param' | 'query' }) {
  return (schema: v.GenericSchema) =>
    validator(part, (value, c) => {
      const outcome = v.safeParse(schema, value);
      if (outcome.success) return outcome.output;
      return c.json({ error: 'invalid ' + part }, 400);
    });
}

export const checkJson = checkerFor({ part: 'json' });
export const checkPathParams = checkerFor({ part: 'param' });

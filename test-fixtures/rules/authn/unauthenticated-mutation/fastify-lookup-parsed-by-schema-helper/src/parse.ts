import type { ZodType } from 'zod';

export class BadRequest extends Error {
  statusCode = 400;
}

export const parseOr400 = <T>(shape: ZodType<T>, input: unknown): T => {
  const outcome = shape.safeParse(input);
  if (!outcome.success) throw new BadRequest(outcome.error.message);
  return outcome.data;
};

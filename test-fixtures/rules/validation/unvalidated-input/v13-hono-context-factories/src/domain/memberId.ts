import { z } from 'zod';

export const memberIdSchema = z.string().uuid();

export class DomainInputError extends Error {}

export function toMemberId(raw: string) {
  const parsed = memberIdSchema.safeParse(raw);
  if (!parsed.success) {
    throw new DomainInputError('toMemberId: not a member id');
  }
  return parsed.data;
}

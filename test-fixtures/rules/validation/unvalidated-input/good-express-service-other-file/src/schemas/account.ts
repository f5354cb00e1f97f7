import { z } from 'zod';

export const CreateAccountSchema = z.object({
  email: z.string().email().max(254),
  password: z.string().min(12).max(128),
  displayName: z.string().min(1).max(80),
});

export const AccountIdSchema = z.string().uuid();

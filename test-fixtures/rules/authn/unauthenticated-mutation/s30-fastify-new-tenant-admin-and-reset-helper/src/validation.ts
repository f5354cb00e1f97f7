import { z } from 'zod'

export const registerSchema = z.object({
  company: z.string().min(2).max(120),
  email: z.string().email(),
  password: z.string().min(10),
})

export const resetSchema = z.object({
  token: z.string().min(32),
  password: z.string().min(10),
})

export const inviteSchema = z.object({
  tenantId: z.string().uuid(),
  email: z.string().email(),
})

// parse or throw a 400 the error handler answers
export function parseOr400<T>(schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data)
  if (!result.success) {
    const err: Error & { statusCode?: number; issues?: unknown } = new Error('Invalid request')
    err.statusCode = 400
    err.issues = result.error.issues
    throw err
  }
  return result.data
}

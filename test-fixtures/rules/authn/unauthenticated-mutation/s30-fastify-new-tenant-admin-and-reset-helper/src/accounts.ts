import bcrypt from 'bcryptjs'
import { createHash } from 'node:crypto'
import { and, eq, gt } from 'drizzle-orm'
import { db } from './db'
import { resetTokens, tenants, users } from './schema'

// a new company and its first administrator, in one transaction
export async function openCompany(input: { company: string; email: string; password: string }) {
  const passwordHash = await bcrypt.hash(input.password, 12)
  return db.transaction(async (tx) => {
    const [tenant] = await tx.insert(tenants).values({ name: input.company }).returning()
    const [owner] = await tx.insert(users).values({
      tenantId: tenant.id,
      email: input.email.toLowerCase(),
      passwordHash,
      role: 'super_admin',
    }).returning({ id: users.id })
    return { tenantId: tenant.id, userId: owner.id }
  })
}

// an existing company gets a new member with full rights: whoever calls this picks the company
export async function addCompanyAdmin(input: { tenantId: string; email: string }) {
  const passwordHash = await bcrypt.hash(createHash('sha256').update(input.email).digest('hex'), 12)
  const [user] = await db.insert(users).values({
    tenantId: input.tenantId,
    email: input.email.toLowerCase(),
    passwordHash,
    role: 'super_admin',
  }).returning({ id: users.id })
  return user
}

export async function resetWithToken(token: string, password: string) {
  const tokenHash = createHash('sha256').update(token).digest('hex')
  const [row] = await db.select().from(resetTokens)
    .where(and(eq(resetTokens.tokenHash, tokenHash), eq(resetTokens.used, false), gt(resetTokens.expiresAt, new Date())))
  if (!row) return { ok: false as const }
  await db.update(users).set({ passwordHash: await bcrypt.hash(password, 12) }).where(eq(users.id, row.userId))
  await db.update(resetTokens).set({ used: true }).where(eq(resetTokens.tokenHash, tokenHash))
  return { ok: true as const }
}

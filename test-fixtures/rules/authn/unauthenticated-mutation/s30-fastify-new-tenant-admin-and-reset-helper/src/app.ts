import Fastify from 'fastify'
import fastifyJwt from '@fastify/jwt'
import { parseOr400, registerSchema, resetSchema, inviteSchema } from './validation'
import { addCompanyAdmin, openCompany, resetWithToken } from './accounts'

const app = Fastify({ logger: true })
app.register(fastifyJwt, { secret: process.env.JWT_SECRET as string })

app.decorate('authenticate', async (request: any, reply: any) => {
  try {
    await request.jwtVerify()
  } catch {
    return reply.code(401).send({ error: 'Unauthorized' })
  }
})

app.get('/me', { onRequest: [(app as any).authenticate] }, async (request: any) => ({ user: request.user }))

// a new customer opens a company: its first user administers that company only
app.post('/auth/register', async (request, reply) => {
  const input = parseOr400(registerSchema, request.body)
  const created = await openCompany(input)
  return reply.code(201).send(created)
})

// the reset link's token is the credential
app.post('/auth/reset-password', async (request, reply) => {
  const { token, password } = parseOr400(resetSchema, request.body)
  const result = await resetWithToken(token, password)
  if (!result.ok) return reply.code(400).send({ error: 'This reset link is invalid or has expired.' })
  return reply.send({ ok: true })
})

// the caller names any company and becomes its administrator
app.post('/companies/admins', async (request, reply) => { // expect: authn/unauthenticated-mutation
  const input = parseOr400(inviteSchema, request.body)
  const user = await addCompanyAdmin(input)
  return reply.code(201).send(user)
})

app.listen({ port: 3000 })

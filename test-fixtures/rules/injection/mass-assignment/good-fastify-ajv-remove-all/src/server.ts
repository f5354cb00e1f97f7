import Fastify from 'fastify';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
// Ajv drops every key a route schema does not declare, whatever the schema says of additionalProperties
const app = Fastify({ ajv: { customOptions: { removeAdditional: 'all' } } });

const createEntrySchema = {
  body: {
    type: 'object',
    properties: { name: { type: 'string', maxLength: 50 }, message: { type: 'string', maxLength: 2000 } },
    required: ['name', 'message'],
  },
};

app.post('/entries', { schema: createEntrySchema }, async (req, reply) => {
  const entry = await prisma.entry.create({ data: req.body as { name: string; message: string } });
  return reply.code(201).send(entry);
});

app.listen({ port: 3000 });

import type { FastifyReply, FastifyRequest } from 'fastify';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export class EntriesController {
  async create(req: FastifyRequest, reply: FastifyReply) {
    // the schema checks name and message, but any other key (approved, likes) rides along
    const entry = await prisma.entry.create({ data: req.body as any }); // expect: injection/mass-assignment
    return reply.code(201).send(entry);
  }

  async update(req: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) {
    // additionalProperties: false: Fastify's Ajv drops every key but message
    const entry = await prisma.entry.update({ where: { id: req.params.id }, data: req.body as any });
    return reply.send(entry);
  }
}

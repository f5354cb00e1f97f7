import type { FastifyReply, FastifyRequest } from 'fastify';
import { PastesService } from './pastes.service';

type EditRequest = FastifyRequest<{ Params: { id: string }; Body: { editKey: string; text: string } }>;

export class PastesController {
  constructor(private readonly pastes: PastesService) {}

  async edit(req: EditRequest, reply: FastifyReply) {
    const paste = await this.pastes.edit(req.params.id, req.body.editKey, req.body.text);
    return reply.send(paste);
  }

  async vote(req: FastifyRequest<{ Params: { id: string }; Body: { up: boolean } }>, reply: FastifyReply) {
    return reply.send(await this.pastes.vote(req.params.id, req.body.up === true));
  }

  async pin(req: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) {
    return reply.send(await this.pastes.pin(req.params.id));
  }
}

import Fastify, { FastifyReply, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import { storeMedia, renameMedia } from './media';

const app = Fastify({ logger: true });
app.register(multipart);

async function upload(request: FastifyRequest, reply: FastifyReply) {
  const file = await request.file();
  if (!file) return reply.code(400).send({ error: 'no file' });
  const buffer = await file.toBuffer();
  try {
    const saved = await storeMedia({ buffer, mimeType: file.mimetype });
    return reply.code(201).send(saved);
  } catch (err: unknown) {
    const e = err as { statusCode?: number; message?: string };
    const statusCode = e.statusCode ?? 500;
    const message = statusCode < 500
      ? (e.message ?? 'upload failed')
      : 'internal server error';
    return reply.code(statusCode).send({ error: message });
  }
}

async function rename(request: FastifyRequest<{ Params: { id: string }; Body: { name: string } }>, reply: FastifyReply) {
  try {
    return await renameMedia(request.params.id, String(request.body.name));
  } catch (err: unknown) {
    const e = err as { statusCode?: number; message?: string };
    const message = e.message ?? 'rename failed';
    return reply.code(500).send({ error: message }); // expect: errors/stack-leak
  }
}

app.post('/media', upload);
app.patch('/media/:id', rename);
app.listen({ port: 3000 });

import Fastify from 'fastify';

const app = Fastify({ logger: true });
const notes: Array<{ note: string | null; tag: string | null }> = [];

// a note kept only when it is a string (trimmed and cut to 1000 characters), null otherwise: checked by type
app.post('/documents', async (request, reply) => {
  const rawNote = (request.query as { note?: string }).note;
  const note = typeof rawNote === 'string' && rawNote.trim() ? rawNote.trim().slice(0, 1000) : null;
  notes.push({ note, tag: null });
  return reply.code(201).send({ ok: true });
});

// the text kept whatever its type: an array or an object goes on as sent
app.post('/tags', async (request, reply) => {
  const rawTag = (request.query as { tag?: string }).tag; // expect: validation/unvalidated-input[warning]
  const tag = rawTag ? String(rawTag).slice(0, 40) : null;
  notes.push({ note: null, tag });
  return reply.code(201).send({ ok: true });
});

app.listen({ port: 3000 });

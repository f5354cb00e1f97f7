import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { requireUser } from '../middleware/auth.js';

const notes = new OpenAPIHono();
const store = new Map<string, string>();

const NoteParams = z.object({ id: z.string().uuid().openapi({ param: { name: 'id', in: 'path' } }) });
const NoteBody = z.object({ text: z.string().min(1).max(10_000) });

const getNote = createRoute({
  method: 'get',
  path: '/{id}',
  request: { params: NoteParams },
  responses: { 200: { description: 'The note' } },
});

const putNote = createRoute({
  method: 'put',
  path: '/{id}',
  middleware: [requireUser] as const,
  request: { params: NoteParams, body: { content: { 'application/json': { schema: NoteBody } } } },
  responses: { 204: { description: 'Saved' } },
});

notes.openapi(getNote, (c) => c.json({ text: store.get(c.req.valid('param').id) ?? null }));

notes.openapi(putNote, (c) => {
  store.set(c.req.valid('param').id, c.req.valid('json').text);
  return c.body(null, 204);
});

// Outside OpenAPI: no schema on this one.
notes.delete('/:id', requireUser, (c) => {
  store.delete(c.req.param('id'));
  return c.body(null, 204);
});

export default notes;

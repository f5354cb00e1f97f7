import { serve } from '@hono/node-server';
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';

const Book = z.object({ id: z.number().int(), title: z.string(), author: z.string() }).openapi('Book');
const NewBook = z.object({ title: z.string().min(1).max(200), author: z.string().min(1).max(120) });
const BookParams = z.object({ id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' } }) });

const books: z.infer<typeof Book>[] = [];
const app = new OpenAPIHono();

const getBook = createRoute({
  method: 'get',
  path: '/books/{id}',
  request: { params: BookParams },
  responses: { 200: { description: 'The book', content: { 'application/json': { schema: Book } } }, 404: { description: 'Not found' } },
});

const addBook = createRoute({
  method: 'post',
  path: '/books',
  request: { body: { content: { 'application/json': { schema: NewBook } }, required: true } },
  responses: { 201: { description: 'Created', content: { 'application/json': { schema: Book } } } },
});

app.openapi(getBook, (c) => {
  const { id } = c.req.valid('param');
  const book = books.find((b) => b.id === id);
  return book ? c.json(book, 200) : c.body(null, 404);
});

app.openapi(addBook, (c) => {
  const book = { id: books.length + 1, ...c.req.valid('json') };
  books.push(book);
  return c.json(book, 201);
});

app.doc('/openapi.json', { openapi: '3.0.0', info: { title: 'Books API', version: '1.0.0' } });

serve({ fetch: app.fetch, port: 3000 });

import { Hono } from 'hono';

const books = new Hono();

books.get('/', (c) => c.json([]));
books.post('/:isbn/review', async (c) => c.json({ isbn: c.req.param('isbn') }, 201));

export default books;

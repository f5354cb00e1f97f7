import Fastify from 'fastify';
import { db } from './db';

const app = Fastify();
app.get('/users/:id', async (request) => db.findUser((request.params as { id: string }).id));
app.listen({ port: 3000 });

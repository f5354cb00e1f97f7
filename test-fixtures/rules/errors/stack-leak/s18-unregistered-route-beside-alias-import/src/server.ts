import Fastify from 'fastify';
import notesRoutes from './modules/notes/notes.route';

const app = Fastify({ logger: true });
app.register(notesRoutes, { prefix: '/notes' });
app.listen({ port: Number(process.env.PORT ?? 3000) });

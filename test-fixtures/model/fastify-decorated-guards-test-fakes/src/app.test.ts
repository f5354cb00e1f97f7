import Fastify from 'fastify';
import { noteRoutes } from './routes/notes.js';

const app = Fastify();
app.decorate('authenticate', async () => { /* every caller is signed in here */ });
await app.register(noteRoutes);
await app.inject({ method: 'GET', url: '/notes' });

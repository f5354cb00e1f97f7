import Fastify from 'fastify';
import websocket from '@fastify/websocket';
import { PrismaClient } from '@prisma/client';
import { roomRoutes } from './room.js';

const app = Fastify({ logger: true });
app.decorate('prisma', new PrismaClient());
await app.register(websocket);
await app.register(roomRoutes);
await app.listen({ port: 3000 });

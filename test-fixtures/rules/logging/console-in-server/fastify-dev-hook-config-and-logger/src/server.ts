import Fastify from 'fastify';
import { PrismaClient } from '@prisma/client';
import { config } from './config';
import { createLogger, withRequest } from './lib/logger';

const NODE_ENV = config.NODE_ENV;
const log = createLogger('api');
const prisma = new PrismaClient();
const app = Fastify();

// request logging while developing
if (NODE_ENV === 'development') {
  app.addHook('onRequest', async (request) => {
    console.log(`-> ${request.method} ${request.url}`);
  });
}

app.get('/appointments', async (request) => {
  log.info('listing appointments', withRequest({ route: 'appointments' }, String(request.id)));
  return prisma.appointment.findMany({ take: 100 });
});

app.listen({ port: config.PORT });

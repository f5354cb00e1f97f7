import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';

const slots = [{ id: 1, startsAt: '2025-03-01T09:00:00Z' }];

const appointmentRoutes: FastifyPluginAsync = async (app) => {
  app.get('/slots', {
    schema: { querystring: Type.Object({ day: Type.String({ format: 'date' }) }) },
    config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
  }, async () => slots);
};

export default appointmentRoutes;

import { StatsController } from './stats.controller.js';

const periodQuery = {
  type: 'object',
  properties: {
    from: { type: 'string', format: 'date' },
    to: { type: 'string', format: 'date' },
    bucket: { type: 'string', enum: ['day', 'week', 'month'], default: 'month' }
  },
  required: ['from', 'to']
};

export default async function statsRoutes(fastify) {
  const controller = new StatsController();
  const bound = {
    paid: controller.paid.bind(controller),
    labelled: controller.labelled.bind(controller),
    dashboard: controller.dashboard.bind(controller)
  };

  fastify.get('/stats/paid', { schema: { querystring: periodQuery } }, bound.paid);
  fastify.get('/stats/labelled', {
    schema: { querystring: { type: 'object', properties: { label: { type: 'string', maxLength: 40 } } } }
  }, bound.labelled);
  fastify.get('/stats/dashboard', bound.dashboard);
}

const fastify = require('fastify')({ logger: true });
const { createContainer } = require('./container');

const container = createContainer();
fastify.decorate('getService', (name) => container.get(name));

fastify.register(async (app) => {
  const controller = app.getService('listingController');
  app.get('/listings', controller.list.bind(controller));
  app.get('/listings/weekly', controller.weekly.bind(controller));
});

fastify.listen({ port: 3000 });

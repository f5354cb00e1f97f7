import fp from 'fastify-plugin';
import routes from './routes.js';

// wrapped with fastify-plugin: its own prefix is ignored, but it hands its options (prefix included) to the routes
export default fp(async function bookingsPlugin(fastify, opts) {
  fastify.decorate('bookingStatuses', ['open', 'done']);
  fastify.register(routes, opts);
});

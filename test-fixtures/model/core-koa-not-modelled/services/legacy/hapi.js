const Hapi = require('@hapi/hapi');

async function start() {
  const server = Hapi.server({ port: 4000 });
  server.route({ method: 'DELETE', path: '/users/{id}', handler: () => null });
  await server.start();
}

start();

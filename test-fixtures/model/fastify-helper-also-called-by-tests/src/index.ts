import { buildServer } from './config/server.js';
import { mountRoutes } from './config/routes.js';

const main = async () => {
    const server = buildServer();
    await mountRoutes(server);
    await server.listen({ port: 8080 }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
};

main();

import Fastify from 'fastify';
import helmet from '@fastify/helmet';
import products from './products.js';

export class CatalogServer {
  #app;

  constructor() {
    this.#app = Fastify({ logger: true });
  }

  async build() {
    this.#registerRoutes();
    // the routes plugin above loads first and copies the root hooks before helmet adds its own
    await this.#app.register(helmet); // expect: headers/helmet-after-routes
    return this.#app;
  }

  #registerRoutes() {
    this.#app.register(products, { prefix: '/products' });
  }
}

const server = await new CatalogServer().build();
await server.listen({ port: 3000 });

import { OpenAPIHono } from '@hono/zod-openapi';
import { Hono } from 'hono';
import { attachSession, auth, mustHaveSession } from './auth';

export interface Controller {
  controller: OpenAPIHono;
  initRoutes: () => void;
}

const authRoutes = new Hono();
authRoutes.on(['GET', 'POST'], '/auth/*', (c) => auth.handler(c.req.raw));

export class Server {
  private app: OpenAPIHono;

  constructor(controllers: Controller[]) {
    this.app = new OpenAPIHono(); // expect: api/versioning-missing, errors/global-handler-missing, headers/helmet-missing
    this.middlewares();
    this.mount(controllers);
  }

  // declared before the method that adds the middleware, run after it: the constructor's order counts
  private mount(controllers: Controller[]) {
    controllers.forEach((ctl) => {
      ctl.initRoutes();
      this.app.route('/api', ctl.controller);
    });
    this.app.basePath('/api').route('/', authRoutes);
  }

  private middlewares() {
    this.app.use(attachSession);
    this.app.use('/api/lamps/*', mustHaveSession);
  }

  public instance() {
    return this.app;
  }
}

import express, { type Application } from 'express';
import helmet from 'helmet';
import rateLimit from 'express-rate-limit';
import type { Mountable } from './routes/route';
import { makeTagRouter } from './routes/tags';
import { adminRouters } from './routes/admin';

export class App {
  public app: Application;

  // (declared before the constructor: the model orders registrations by position, not by call order)
  private limits() {
    // the load balancer limits traffic outside production
    if (process.env.NODE_ENV !== 'production') return;
    this.app.use(rateLimit({ windowMs: 60_000, limit: 100 }));
  }

  constructor(routes: Mountable[]) {
    this.app = express(); // expect: api/openapi-missing, errors/global-handler-missing, api/versioning-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing
    this.app.use(helmet());
    this.limits();
    this.mount(routes);
    this.app.use('/tags', makeTagRouter({ all: () => ['a'] }));
    Object.entries(adminRouters).forEach(([prefix, router]) => this.app.use(prefix, router));
  }

  private mount(routes: Mountable[]) {
    routes.forEach((route) => {
      this.app.use('/api', route.router);
    });
  }

  public plugins(extra: Mountable[]) {
    // mounted from whatever the caller hands in: nothing in this project calls it
    for (const p of extra) {
      this.app.use(p.path, p.router);
    }
  }

  public listen() {
    this.app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
  }
}

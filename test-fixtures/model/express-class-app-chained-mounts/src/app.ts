import express, { Router, type Express } from 'express';
import helmet from 'helmet';
import { ensureAuthenticated } from './auth';
import { EntriesController } from './entries';

class App {
  private express: Express;
  private entries!: EntriesController;

  constructor() {
    this.express = express(); // expect: api/compression-missing, api/openapi-missing, errors/global-handler-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
  }

  private init() {
    this.entries = new EntriesController();
  }

  mountRouter() {
    this.express.get('/healthz', (req, res) => res.send('ok'));
    this.express
      .disable('x-powered-by')
      .use(express.json())
      .use(helmet())
      .use('/api', this.publicRoutes())
      .use('/api', ensureAuthenticated, this.privateRoutes());
  }

  private publicRoutes() {
    const r = Router();
    r.get('/v1/ping', (req, res) => res.json({ pong: true }));
    return r;
  }

  private privateRoutes() {
    const r = Router();
    r.get('/v1/entries', this.entries.list.bind(this.entries));
    r.post('/v1/entries', this.entries.create.bind(this.entries));
    return r;
  }

  start() {
    this.init();
    this.mountRouter();
    this.express.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
  }
}

new App().start();

import express, { type Request, type Response } from 'express';
import { apiRouter } from './api';

const app = express(); // expect: api/openapi-missing, headers/helmet-missing, errors/global-handler-missing, config/env-not-validated, observability/metrics-missing, observability/tracing-missing, api/compression-missing

app.use(express.json());

app.use('/api', apiRouter);

function health(_req: Request, res: Response) {
  res.json({ status: 'ok' });
}
const healthChecks: number[] = []; // queued in memory
function requestHealthCheck(_req: Request, res: Response) {
  healthChecks.push(Date.now()); res.status(202).json({ status: 'queued' });
}

app.route('/health').get(health).post(requestHealthCheck); // expect: authn/unauthenticated-mutation

app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing

import 'dotenv/config';
import { buildApp } from './app.js';

const app = await buildApp();

try {
  await app.listen({ port: Number(process.env.PORT ?? 3000), host: process.env.HOST ?? '0.0.0.0' }); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
} catch (err) {
  app.log.error(err);
  process.exit(1);
}

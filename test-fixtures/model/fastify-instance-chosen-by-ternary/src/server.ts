import { buildApp } from './app.js';

const app = await buildApp();

const stop = async () => {
  await app.close();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());

await app.listen({ port: Number(process.env.PORT) || 3000, host: '0.0.0.0' }); // expect: errors/unhandled-rejection

import { buildApp } from './app.js';
import { loadConfig } from './config.js';

async function main() {
  const cfg = loadConfig();
  const app = await buildApp();
  await app.listen({ port: cfg.PORT });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

import { serve } from '@hono/node-server';
import { app } from './app.js';
import { pool } from './db.js';
import { env } from './env.js';

const server = serve({ fetch: app.fetch, port: env.PORT }, (info) => { // expect: errors/unhandled-rejection
  console.log(`API de produtos ouvindo na porta ${info.port}`);
});

function encerrar(sinal: string) {
  console.log(`${sinal} recebido, encerrando...`);
  server.close(() => {
    pool.end().finally(() => process.exit(0));
  });
}

process.on('SIGTERM', () => encerrar('SIGTERM'));
process.on('SIGINT', () => encerrar('SIGINT'));

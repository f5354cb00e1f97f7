import express from 'express';

const app = express();
app.get('/api/health', (_req, res) => res.json({ ok: true }));

const server = app.listen(4000);
process.on('unhandledRejection', (reason) => {
  process.stderr.write(`unhandled rejection: ${String(reason)}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));

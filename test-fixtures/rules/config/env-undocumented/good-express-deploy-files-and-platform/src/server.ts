import express from 'express';
import { env } from './env';

const app = express();

// proxies and platform-provided values: the operator's environment or the platform sets them
const proxy = process.env.HTTPS_PROXY || process.env.https_proxy || process.env.NO_PROXY;
const revision = process.env.K_REVISION || process.env.CF_PAGES_COMMIT_SHA || process.env.RAILWAY_GIT_COMMIT_SHA;
// Vercel's build (also under its older ZEIT Now name)
const onVercel = Boolean(process.env.VERCEL || process.env.NOW_BUILDER);

app.get('/info', (_req, res) => res.json({
  proxy: Boolean(proxy),
  revision,
  onVercel,
  api: process.env.API_BASE,
  mailFrom: process.env.MAIL_FROM,
  queue: process.env.QUEUE_NAME,
  sentry: Boolean(process.env.SENTRY_DSN),
  billing: Boolean(process.env.BILLING_WEBHOOK_SECRET),
  db: Boolean(env.DATABASE_URL),
}));

app.listen(3000);

const express = require('express');
const jwt = require('jsonwebtoken');
const { createBullBoard } = require('@bull-board/api');
const { BullMQAdapter } = require('@bull-board/api/bullMQAdapter');
const { ExpressAdapter } = require('@bull-board/express');
const { Queue } = require('bullmq');

const app = express(); // expect: api/compression-missing, config/env-not-validated, errors/global-handler-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
const exportQueue = new Queue('exports', { connection: { host: process.env.REDIS_HOST || 'localhost' } });

const board = new ExpressAdapter();
board.setBasePath('/admin/queues');
createBullBoard({ queues: [new BullMQAdapter(exportQueue)], serverAdapter: board });

function adminOnly(req, res, next) {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '');
  try {
    const user = jwt.verify(token, process.env.JWT_SECRET); // expect: config/env-undocumented
    if (user.role !== 'admin') return res.status(403).json({ error: 'forbidden' });
    req.user = user;
    next();
  } catch {
    res.status(401).json({ error: 'unauthorized' });
  }
}

app.get('/health', (req, res) => res.json({ ok: true }));
// the Bull Board router answers its page and its queue API (GET, PUT, DELETE) under the mount path
app.use('/admin/queues', adminOnly, board.getRouter());

app.listen(process.env.PORT || 3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing

const express = require('express');

class HealthService {
  constructor() {
    this.checks = new Map();
  }

  register(name, check) {
    this.checks.set(name, check);
  }

  async run() {
    const out = {};
    for (const [name, check] of this.checks) out[name] = await check();
    return out;
  }

  // the probes' router, built by the service that owns the checks
  getRouter() {
    const router = express.Router();
    router.get('/health', (req, res) => res.json({ status: 'ok' }));
    router.get('/health/detailed', async (req, res) => res.json(await this.run())); // expect: errors/async-handler-unwrapped
    router.get('/ready', async (req, res) => res.status(200).json({ ready: true }));
    return router;
  }
}

const healthService = new HealthService();

module.exports = { healthService };

const Fastify = require('fastify');
const { Pool } = require('pg');
const { StatsRepository } = require('./repositories/StatsRepository');

const app = Fastify();
const services = new Map();
services.set('statsRepository', new StatsRepository(new Pool()));
services.set('config', { attemptWindow: async () => Number(process.env.ATTEMPT_WINDOW_SECONDS || 900) });
app.decorate('getService', (name) => services.get(name));
app.register(require('./routes/stats'));
app.listen({ port: 3000 });

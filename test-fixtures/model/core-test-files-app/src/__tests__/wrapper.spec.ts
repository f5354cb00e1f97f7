import express from 'express';
import request from 'supertest';
import { app } from '../app';

// a test app that mounts the real one: the real one stays an application of its own
const outer = express();
outer.use('/v1', app);

it('answers health', async () => {
  await request(outer).get('/v1/health').expect(200);
});

// registrations a test makes on the real app do not change it
app.use((req, _res, next) => { (req as any).user = { id: 'test' }; next(); });
app.get('/debug/state', (_req, res) => res.json({}));

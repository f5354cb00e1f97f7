import express from 'express';
import request from 'supertest';
import { app } from '../app';

// a test app that mounts the real one: the real one stays an application of its own
const outer = express();
outer.use('/v1', app);

it('answers health', async () => {
  await request(outer).get('/v1/health').expect(200);
});

import express from 'express';
import request from 'supertest';
import { orders } from '../src/routes/orders';

// a bare app around the production router: no helmet, no limiter, and not the application
const app = express();
app.use('/o', orders);
app.get('/only-in-test', (_req, res) => res.send('x'));

it('lists orders', async () => {
  await request(app).get('/o').expect(200);
});

const request = require('supertest');
const express = require('express');
const { legacy } = require('../src/api/middleware/index');

test('legacy login sets a cookie', async () => {
  const app = express();
  app.use(express.json());
  app.use(legacy);
  const res = await request(app).post('/login').send({ token: 't' });
  expect(res.status).toBe(200);
});

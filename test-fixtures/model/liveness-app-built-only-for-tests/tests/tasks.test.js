const request = require('supertest');
const { createTestApp } = require('../src/app');

test('creates a task', async () => {
  const app = createTestApp({ sub: 'u1' });
  const res = await request(app).post('/api/tasks').send({ title: 'x' });
  expect(res.status).toBe(201);
});

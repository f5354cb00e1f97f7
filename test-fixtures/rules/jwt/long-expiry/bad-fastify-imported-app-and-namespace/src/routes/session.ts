import { FastifyInstance } from 'fastify';
import { app } from '../app';

export async function sessionRoutes(server: FastifyInstance) {
  server.post('/sessions', async () => {
    const token = app.jwt.access.sign({ sub: 'u1' }, { expiresIn: '12h' }); // expect: jwt/long-expiry
    const refreshToken = app.jwt.refresh.sign({ sub: 'u1' }, { expiresIn: '14d' });
    return { token, refreshToken };
  });
}

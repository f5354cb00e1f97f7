import { Hono } from 'hono';
import { generateRequestId } from './ids';

const app = new Hono();

// every request gets an auth context; its metadata carries a fresh request id the security log writes out
app.use('*', async (c, next) => {
  const authContext = {
    userId: c.req.header('x-user') ?? 'anonymous',
    metadata: {
      ipAddress: c.req.header('CF-Connecting-IP') || 'unknown',
      requestId: generateRequestId(),
    },
  };
  c.set('auth', authContext);
  await next();
});

app.get('/api/habits', (c) => c.json([]));

export default app;

import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import pino from 'pino';
import { DeviceService } from './devices';

const logger = pino();
const devices = new DeviceService();
const app = new Hono();

app.post('/devices', async (c) => {
  const { userId, token } = await c.req.json();
  const result = await devices.registerDeviceToken(String(userId), String(token));
  logger.info(result, 'device registered');
  return c.json(result);
});

app.post('/devices/issue', async (c) => {
  const { userId } = await c.req.json();
  const result = await devices.issueDeviceToken(String(userId));
  logger.info(result, 'device token issued'); // expect: logging/sensitive-data
  return c.json(result);
});

app.post('/keys', async (c) => {
  const { userId } = await c.req.json();
  const { fullKey, keyData } = await devices.createApiKey(String(userId));
  logger.info(`key created for ${userId}: ${keyData.prefix}`);
  return c.json({ key: fullKey });
});

app.post('/vars', async (c) => {
  const { key, value, isSecret } = await c.req.json();
  logger.info({ key, isSecret }, 'variable created');
  logger.info({ key, secret: value }, 'variable created'); // expect: logging/sensitive-data
  return c.json({ ok: true });
});

serve({ fetch: app.fetch, port: 3000 });

import { Hono } from 'hono';
import { makeAuth } from './auth';
import { registerAuthRoutes, registerDocRoutes } from './routes';

const app = new Hono();
const dependencies = { auth: makeAuth(), docs: new Map<string, string>() };
registerAuthRoutes({ app, ...dependencies });
registerDocRoutes({ app, ...dependencies });

export default app;

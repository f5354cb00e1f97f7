import { Hono } from 'hono';
import { mountNotes } from './routes/notes';

export const createServer = () => {
  const app = new Hono();
  app.get('/', (c) => c.text('ok'));
  mountNotes({ app });
  return app;
};

import Fastify from 'fastify';
import { deviceRoutes } from './devices';
import { sendResetMail, sendInviteMail } from './mailer';
import { FeedSync } from './sync';

const app = Fastify({ logger: true });
deviceRoutes(app);
app.post<{ Body: { email: string } }>('/reset', async (request) => {
  await sendResetMail(request.body.email, crypto.randomUUID());
  await sendInviteMail(request.body.email, crypto.randomUUID());
  return { ok: true };
});
app.post<{ Params: { id: string } }>('/feeds/:id/sync', async (request) => ({ failed: await FeedSync.syncAll(process.env.FEED_KEY!) }));
app.listen({ port: 3000 });

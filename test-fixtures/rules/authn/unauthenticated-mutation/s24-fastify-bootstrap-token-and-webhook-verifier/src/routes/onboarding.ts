import type { FastifyPluginAsync } from 'fastify';
import { MailEventService } from '../services/mail-events.js';
import { OnboardingService } from '../services/onboarding.js';

export const onboardingRoutes: FastifyPluginAsync = async (app) => {
  const onboarding = new OnboardingService();

  app.post<{ Body: { bootstrap_token?: string; name: string } }>('/onboarding/bootstrap', async (request) => onboarding.bootstrap(request.body));

  app.post<{ Body: { companyId: string; name: string } }>('/onboarding/rename', async (request) => onboarding.rename(request.body)); // expect: authn/unauthenticated-mutation

  app.post('/webhooks/mail', async (request) => {
    const events = new MailEventService(process.env.MAIL_WEBHOOK_SECRET ?? '');
    return events.process(String(request.body), {
      'svix-id': request.headers['svix-id'] as string | undefined,
      'svix-timestamp': request.headers['svix-timestamp'] as string | undefined,
      'svix-signature': request.headers['svix-signature'] as string | undefined,
    });
  });

  app.delete<{ Params: { id: string } }>('/companies/:id', { onRequest: [app.authenticate] }, async () => ({ ok: true }));
};

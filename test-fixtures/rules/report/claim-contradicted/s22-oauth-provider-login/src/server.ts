import Fastify from 'fastify';
import fastifyOauth2 from '@fastify/oauth2';

const app = Fastify();

app.register(fastifyOauth2, {
  name: 'githubOAuth2',
  scope: ['read:user'],
  credentials: {
    client: { id: process.env.GITHUB_CLIENT_ID!, secret: process.env.GITHUB_CLIENT_SECRET! },
    auth: fastifyOauth2.GITHUB_CONFIGURATION,
  },
  startRedirectPath: '/login/github',
  callbackUri: 'http://localhost:3000/login/github/callback',
});

app.get('/login/github/callback', async (request: any) => {
  const { token } = await (app as any).githubOAuth2.getAccessTokenFromAuthorizationCodeFlow(request);
  return { ok: true, scope: token.scope };
});

app.get('/sprints', async () => []);

app.listen({ port: 3000 });

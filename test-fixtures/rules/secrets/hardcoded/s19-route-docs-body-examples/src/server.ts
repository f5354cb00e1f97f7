import Fastify from 'fastify';

// the project's own route documentation table, turned into an OpenAPI document at start-up
const routeDocs = {
  'POST /login': {
    summary: 'Sign in with an email and a password',
    bodyExamples: {
      receptionist: {
        summary: 'Front-desk account of the demo clinic',
        value: { email: 'desk@clinic.local', password: 'Desk!Tulip-2291' },
      },
    },
    response_examples: {
      ok: { value: { token: 'opaque', password: 'Never-Sent-Back-71' } },
    },
  },
};

const mailer = {
  user: 'notifications@clinic.local',
  password: 'Kq3!ferry-Basil58', // expect: secrets/hardcoded
};

const app = Fastify();

app.get('/docs.json', async () => routeDocs);

app.post('/login', async () => ({ relay: mailer.user }));

await app.listen({ port: 3000 });

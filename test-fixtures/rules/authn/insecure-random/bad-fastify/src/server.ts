import Fastify from 'fastify';

const app = Fastify();

app.post<{ Body: { phone: string } }>('/login/code', async (request, reply) => {
  const payload = { phone: request.body.phone, verificationCode: Math.floor(Math.random() * 1e6).toString().padStart(6, '0') }; // expect: authn/insecure-random
  await app.sms.send(payload);
  reply.code(202).send();
});

class Salts {
  salt = Math.random().toString(16); // expect: authn/insecure-random
}

export { Salts };
app.listen({ port: 3000 });

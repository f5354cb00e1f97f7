import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';

const SignInBody = z.object({
  email: z.string().email().openapi({ example: 'ada@notes.dev' }),
  password: z.string().min(10).openapi({ example: 'Qx7!lantern-River' }),
});

const signIn = createRoute({
  method: 'post',
  path: '/sign-in',
  request: {
    body: {
      content: {
        'application/json': {
          schema: SignInBody,
          example: {
            email: 'ada@notes.dev',
            password: 'Tr4vel!Compass92',
          },
        },
      },
      required: true,
    },
  },
  responses: { 200: { description: 'Signed in' } },
});

export const auth = new OpenAPIHono();

const smtp = {
  host: 'smtp.mailhost.net',
  password: 'Mz8!harbor-Lamp44', // expect: secrets/hardcoded
};

auth.openapi(signIn, async (c) => {
  const { email } = c.req.valid('json');
  return c.json({ email, relay: smtp.host });
});

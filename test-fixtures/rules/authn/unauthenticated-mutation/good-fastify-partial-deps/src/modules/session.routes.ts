import type { FastifyPluginAsync } from 'fastify';

const sessionRoutes: FastifyPluginAsync = async (app) => {
  const { sessionActions } = app.diContainer.cradle;

  // a login: the client's password is checked by the action the container hands out
  app.post('/', {
    handler(req) {
      return sessionActions.openSession(req.body);
    },
  });

  app.post('/books/:id/close', { onRequest: [app.authenticate] }, (req) => sessionActions.closeBooks(req.params.id));

  // the same action with nothing in front of it
  app.post('/books/:id/close-now', (req) => sessionActions.closeBooks(req.params.id)); // expect: authn/unauthenticated-mutation
};

export default sessionRoutes;

import { Router } from 'express';
import { SessionController } from './session.controller';

// the controller is built in app.ts and handed in: its methods are the handlers
export function sessionRoutes(controller: SessionController): Router {
  const router = Router();
  router.get('/me', controller.me);
  router.post('/logout', controller.logout);
  router.post('/announce', controller.announce); // expect: authn/unauthenticated-mutation
  return router;
}

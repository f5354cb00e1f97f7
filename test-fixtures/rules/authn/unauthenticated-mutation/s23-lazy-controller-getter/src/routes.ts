import { Router } from 'express';
import jwt from 'jsonwebtoken';
import { AccountController } from './accountController';

const router = Router();
let controller: AccountController;

// made on first use, so the module graph has no cycle at load time
const ctrl = () => {
  if (!controller) {
    controller = new AccountController();
  }
  return controller;
};

function requireMember(req: any, res: any, next: any) {
  try {
    req.user = jwt.verify(String(req.headers.authorization).replace('Bearer ', ''), process.env.JWT_SECRET!);
    next();
  } catch {
    res.status(401).end();
  }
}

router.post('/sign-in', (req, res) => ctrl().signIn(req, res));
router.post('/renew', (req, res) => ctrl().renew(req, res));
router.get('/me', requireMember, (req, res) => ctrl().me(req, res));
// open by mistake: the handler the getter hands out deletes shared notes
router.post('/notes/wipe', (req, res) => ctrl().wipeNotes(req, res)); // expect: authn/unauthenticated-mutation

export default router;

import express from 'express';
import jwt from 'jsonwebtoken';
import { EmployeeRepository } from './repositories/employees';

type Caller = { sub: string; tenantId: string };
const app = express();
app.use(express.json());

function requireAuth(req: express.Request, res: express.Response, next: express.NextFunction) {
  try {
    res.locals.caller = jwt.verify(String(req.headers.authorization).slice(7), process.env.JWT_SECRET!) as Caller;
    next();
  } catch {
    res.status(401).json({ error: 'unauthorized' });
  }
}

app.patch('/employees/:id', requireAuth, async (req, res) => {
  const caller = res.locals.caller as Caller;
  res.json(await EmployeeRepository.rename(caller.tenantId, req.params.id, String(req.body.firstName)));
});

app.post('/employees/:id/deactivate', requireAuth, async (req, res) => {
  res.json(await EmployeeRepository.deactivate(req.params.id));
});

app.listen(3000);

import express, { type NextFunction, type Request, type Response } from 'express';
import { body, param, query, validationResult } from 'express-validator';
import { createInvite, findInvites, revokeInvite } from './invites';

const app = express();
app.use(express.json());

function rejectInvalid(req: Request, res: Response, next: NextFunction) {
  const errors = validationResult(req);
  if (!errors.isEmpty()) return res.status(400).json({ errors: errors.array() });
  next();
}

app.get('/invites', query('team').isSlug().isLength({ max: 40 }), rejectInvalid, async (req, res) => {
  res.json(await findInvites(req.query.team as string));
});

app.post(
  '/invites',
  body('email').isEmail().normalizeEmail(),
  body('team').isSlug().isLength({ max: 40 }),
  body('role').isIn(['member', 'admin']),
  rejectInvalid,
  async (req, res) => {
    const { email, team, role } = req.body;
    res.status(201).json(await createInvite(email, team, role));
  },
);

app.delete('/invites/:id', param('id').isUUID(), async (req, res) => {
  const result = validationResult(req);
  if (!result.isEmpty()) return res.status(400).json({ errors: result.array() });
  await revokeInvite(req.params.id);
  res.status(204).end();
});

app.listen(3000);

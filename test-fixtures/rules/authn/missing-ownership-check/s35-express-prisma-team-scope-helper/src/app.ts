import express from 'express';
import jwt from 'jsonwebtoken';
import { ShiftsService } from './shifts.service';

const app = express();
app.use(express.json());

function authenticate(req: any, res: any, next: any) {
  try {
    req.user = jwt.verify(String(req.headers.authorization).replace('Bearer ', ''), process.env.JWT_SECRET as string);
    next();
  } catch {
    res.status(401).json({ error: 'unauthorized' });
  }
}

app.patch('/shifts/:id', authenticate, async (req: any, res) => {
  res.json(await ShiftsService.moveShift(req.user.id, req.params.id, new Date(req.body.startsAt), new Date(req.body.endsAt)));
});

app.patch('/shifts/:id/note', authenticate, async (req: any, res) => {
  res.json(await ShiftsService.annotateShift(req.params.id, String(req.body.note)));
});

app.listen(3000);

import express, { NextFunction, Request, Response } from 'express';
import { BadInputError, MissingError } from './errors';

const app = express();
app.get('/bins/:id', (req, res) => {
  if (!/^\d+$/.test(req.params.id)) throw new BadInputError('Bin id must be a number');
  throw new MissingError('No such bin');
});

// only the errors the code raises on purpose (either class) answer with their message
app.use((err: Error, req: Request, res: Response, next: NextFunction) => {
  if (err instanceof BadInputError || err instanceof MissingError) {
    return res.status(err.statusCode).json({ ok: false, message: err.message });
  }
  if (req.query.verbose === '1' || req.path === '/trace') {
    return res.status(500).json({ ok: false, message: err.message }); // expect: errors/stack-leak
  }
  res.status(500).json({ ok: false, message: 'Unexpected error' });
});

app.listen(3000);

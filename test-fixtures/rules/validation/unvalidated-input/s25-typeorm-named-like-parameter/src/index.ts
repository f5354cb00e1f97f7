import 'reflect-metadata';
import express from 'express';
import { plateService } from './plate.service';

const app = express();

// the search text is a LIKE pattern bound as the builder's named parameter (:text)
app.get('/plates', async (req, res) => {
  const page = parseInt(req.query.page as string) || 1;
  const text = req.query.text as string;
  res.json(await plateService.find({ page, text }));
});

app.get('/plates/by-owner', async (req, res) => {
  const owner = req.query.owner as string; // expect: validation/unvalidated-input[warning]
  res.json(await plateService.findByOwner({ page: 1, owner }));
});

app.listen(3000);

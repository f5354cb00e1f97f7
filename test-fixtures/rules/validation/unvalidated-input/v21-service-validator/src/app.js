import express from 'express';
import { MemberService } from './members.js';

const app = express();
app.use(express.json());

// the service validates the document before it stores it
app.put('/sync/members/:id', async (req, res, next) => {
  try {
    const doc = req.body;
    const saved = await MemberService.replace(req.params.id, doc, { org: req.get('x-org') });
    res.json(saved);
  } catch (e) {
    next(e);
  }
});

// the service only logs what its validator finds
app.patch('/sync/members/:id', async (req, res, next) => {
  try {
    const doc = req.body; // expect: validation/unvalidated-input
    res.json(await MemberService.merge(req.params.id, doc, { org: req.get('x-org') }));
  } catch (e) {
    next(e);
  }
});

app.listen(3000);

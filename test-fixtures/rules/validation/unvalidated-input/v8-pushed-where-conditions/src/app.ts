import express from 'express';
import { IssueService } from './issues.service';

const app = express();
app.use(express.json());

// the text is only a `contains` operand (Prisma takes no object there) and a parsed number in an OR built in code
app.get('/issues', async (req: any, res) => {
  const q = {
    page: parseInt(req.query.page as string) || 1,
    text: req.query.text as string,
  };
  res.json(await IssueService.list(req.user.id, q));
});

// the reporter is an equality filter in the OR: a JSON body can hand Prisma an operator object there
app.post('/issues/by-reporter', async (req: any, res) => {
  const q = {
    page: 1,
    reporter: req.body.reporter, // expect: validation/unvalidated-input
  };
  res.json(await IssueService.byReporter(req.user.id, q));
});

app.listen(3000);

import express, { Request, Response } from 'express';
import { quoteForDay, setMinutes, setMood, setStreak } from './entries.service';

const app = express();
app.use(express.json());

app.get('/quote', async (req: Request, res: Response) => {
  const { day } = req.query as { day?: string };
  const dayNum = day ? Number(day) : undefined;
  const data = dayNum ? await quoteForDay(dayNum) : null;
  res.json(data);
});

app.put('/minutes', async (req: Request, res: Response) => {
  const minutes = parseInt(req.body.minutes, 10);
  res.json(await setMinutes(String(req.headers['x-user']), minutes));
});

app.put('/streak', async (req: Request, res: Response) => {
  const streak = Number(req.body.streak); // expect: validation/unvalidated-input
  res.json(await setStreak(String(req.headers['x-user']), streak));
});

app.put('/mood', async (req: Request, res: Response) => {
  const { mood } = req.body; // expect: validation/unvalidated-input
  res.json(await setMood(String(req.headers['x-user']), Number(mood)));
});

app.listen(3000);

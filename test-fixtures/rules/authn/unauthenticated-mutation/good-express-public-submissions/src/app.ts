import express from 'express';
import rateLimit from 'express-rate-limit';
import { z } from 'zod';
import { identifyIfSignedIn, requireStaff } from './auth';
import { db } from './db';
import { validateBody } from './validate';

const app = express();
app.use(express.json());

const Answer = z.object({ surveyId: z.string().uuid(), answers: z.record(z.string(), z.number().int().min(1).max(5)) });
const newsletterLimit = rateLimit({ windowMs: 60 * 60 * 1000, limit: 5 });

// Public route: the contact form on the home page.
app.post('/api/contact', async (req, res) => {
  const { name, email, message } = req.body;
  if (!name || !email || !message) return res.status(400).json({ error: 'name, email and message are required' });
  await db('contact_messages').insert({ name, email, message, status: 'new', created_at: new Date() });
  res.status(201).json({ ok: true });
});

app.post('/api/questions', async (req, res) => { // anonymous questions are welcome
  const [id] = await db('questions').insert({ text: req.body.text, asker_email: req.body.email, status: 'pending' });
  res.status(201).json({ id });
});

app.post('/api/feedback', identifyIfSignedIn, async (req, res) => {
  await db('feedback').insert({ body: req.body.body, visitor_id: res.locals.visitor?.sub ?? null });
  res.status(201).end();
});

app.post('/api/survey-answers', validateBody(Answer), async (req, res) => {
  await db('survey_answers').insert({ survey_id: req.body.surveyId, answers: JSON.stringify(req.body.answers) });
  res.status(201).end();
});

app.post('/api/newsletter', newsletterLimit, async (req, res) => {
  await db('subscribers').insert({ email: String(req.body.email).toLowerCase() });
  res.status(201).end();
});

app.get('/api/contact', requireStaff, async (_req, res) => {
  res.json(await db('contact_messages').select('*'));
});

app.delete('/api/contact/:id', requireStaff, async (req, res) => {
  await db('contact_messages').where('id', req.params.id).del();
  res.status(204).end();
});

export default app;

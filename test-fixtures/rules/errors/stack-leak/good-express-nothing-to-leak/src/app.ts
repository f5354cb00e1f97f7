import express from 'express';
import { randomBytes } from 'crypto';
import { projects } from './projects';

const app = express();
app.use(express.json());

// the lookup runs before the try: the catch can only see a failure of res.json itself
app.get('/projects/:id', async (req, res) => {
  const project = await projects.find(req.params.id);
  try {
    if (project) res.status(200).json(project);
    else res.status(404).json({ message: 'no such project' });
  } catch (err) {
    res.status(500).json({ error: err });
  }
});

// only a template render in the try
app.get('/new', async (req, res) => {
  try {
    res.render('new-project', { user: req.query.user });
  } catch (err) {
    res.status(500).json(err);
  }
});

// a synchronous nonce: a plain Error serialises to {}
app.get('/challenge', async (req, res) => {
  try {
    const nonce = randomBytes(16).toString('hex');
    res.json({ nonce });
  } catch (error) {
    res.status(400).json({ error });
  }
});

// save() is not awaited: its rejection never reaches this catch
app.put('/projects/:id/logo', async (req, res) => {
  const project = await projects.find(req.params.id);
  try {
    project.logo = String(req.body.logo);
    projects.save(project);
    res.status(201).json({ logo: project.logo });
  } catch (error) {
    res.status(500).send({ error });
  }
});

// only cookies cleared and the answer sent: nothing in the try can fail with a message worth hiding
app.post('/logout', (req, res) => {
  const cookieOptions = { httpOnly: true, secure: true, sameSite: 'strict' as const, path: '/' };
  try {
    res.clearCookie('access', cookieOptions);
    res.clearCookie('refresh', cookieOptions);
    res.status(204).send();
  } catch (e) {
    res.status(500).json({ error: (e as Error).message });
  }
});

app.listen(3000);

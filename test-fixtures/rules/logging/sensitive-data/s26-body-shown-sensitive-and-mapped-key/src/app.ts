import express from 'express';
import { polls, users, odds } from './services';

const app = express();
app.use(express.json());

// the body goes whole to a service: nothing shows it holds a secret or a personal record
app.post('/polls', async (req, res) => {
  console.log('create poll', req.body);
  res.status(201).json(await polls.create(req.body));
});

// the handler reads a birth date from the body it logs
app.post('/enrollments', async (req, res) => {
  console.log('enrollment payload', req.body); // expect: logging/sensitive-data
  const { dateOfBirth, fullName } = req.body;
  res.status(201).json(await users.enroll(fullName, dateOfBirth));
});

// a sign-in endpoint's body is the credentials
app.post('/auth/login', async (req, res) => {
  console.log('login body', req.body); // expect: logging/sensitive-data
  res.json(await users.signIn(req.body));
});

app.get('/odds/:sportId', async (req, res) => {
  const sportKey = await odds.mapSportToApiKey(req.params.sportId);
  console.log(`odds for ${sportKey}`);
  const devices = await users.devices(req.params.sportId);
  console.log('notify', { deviceTokens: devices.tokens.length });
  res.json(await odds.list(sportKey));
});

app.listen(3000);

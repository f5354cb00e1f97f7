import express from 'express';
import { Container } from 'typedi';
import AccountService from './services/accounts';
import { needsReader } from './guard';
import { ShelfModel } from './models';
import { MembersController } from './members.controller';

const app = express();
app.use(express.json());

// Sign-up and login hand the body to a service taken from the container: the service hashes or
// compares the password, so both are public by design.
app.post('/accounts/enrol', async (req, res) => {
  const accounts = Container.get(AccountService);
  res.status(201).json({ token: await accounts.Enrol(req.body) });
});

app.post('/accounts/enter', async (req, res) => {
  const accounts = Container.get(AccountService);
  res.json({ token: await accounts.Enter(req.body.email, req.body.password) });
});

const members = Container.get(MembersController);
app.post('/members', (req, res) => members.enrolMember(req, res));

app.post('/shelves', needsReader, async (req, res) => {
  res.status(201).json(await ShelfModel.create({ title: req.body.title }));
});

app.listen(3000);

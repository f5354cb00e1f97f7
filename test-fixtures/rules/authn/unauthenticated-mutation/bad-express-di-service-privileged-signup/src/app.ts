import express from 'express';
import { Container } from 'typedi';
import AccountService from './services/accounts';
import { needsReader } from './guard';
import { ShelfModel } from './models';

const app = express();
app.use(express.json());

// The service stores the role the client sends: anyone can enrol as an administrator.
app.post('/accounts/enrol', async (req, res) => { // expect: authn/unauthenticated-mutation[error]
  const accounts = Container.get(AccountService);
  res.status(201).json({ token: await accounts.Enrol(req.body) });
});

app.post('/shelves', needsReader, async (req, res) => {
  res.status(201).json(await ShelfModel.create({ title: req.body.title }));
});

app.listen(3000);

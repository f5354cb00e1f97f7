import express from 'express';
import { mountAccounts } from './http/accounts';
import { hardenApp } from './setup/harden';
import { mountExports } from './wiring/exports';
import { addLateLimits } from './a-late-limits';

const app = express();
app.use(express.json());

// this helper limits /login before the route is registered (its file sorts after the route's by path)
hardenApp(app);
mountAccounts(app);
mountExports(app);
// this helper's limiter comes after the export route it names: Express runs middleware in registration order
addLateLimits(app);

app.listen(3000);

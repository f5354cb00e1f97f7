import express from 'express';
import path from 'path';
import { applyUpgrades } from './utils/schemaUpgrade';

applyUpgrades(path.join(__dirname, '..', 'upgrades'));
const app = express();
app.get('/health', (_req, res) => res.json({ ok: true }));
app.listen(3000);

import express from 'express';
import { logger } from './logger';

const app = express();
app.get('/health', (req, res) => { res.json({ ok: true }); });
app.listen(3000, () => logger.info('up'));

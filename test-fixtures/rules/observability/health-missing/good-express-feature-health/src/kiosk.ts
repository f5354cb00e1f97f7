import { Router } from 'express';

export const kiosk = Router();
kiosk.get('/questions', (_req, res) => res.json([]));
// the kiosk screen polls this to show an offline banner
kiosk.get('/health', (_req, res) => res.json({ status: 'ok' }));

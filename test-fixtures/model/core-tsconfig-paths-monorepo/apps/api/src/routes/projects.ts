import { Router } from 'express';
import { requireAuth } from '@acme/auth';

export const projects = Router();

projects.get('/', (_req, res) => res.json([]));
projects.delete('/:projectId', requireAuth, (_req, res) => res.status(204).end());

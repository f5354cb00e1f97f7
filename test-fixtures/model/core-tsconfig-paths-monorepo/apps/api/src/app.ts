import express from 'express';
import helmet from 'helmet';
import { apiLimiter } from '#middleware/limits';
import { projects } from '@/routes/projects.js';

export const app = express(); // expect: api/openapi-missing, errors/global-handler-missing, api/versioning-missing, api/compression-missing
app.use(helmet());
app.use('/api', apiLimiter);
app.use('/api/projects', projects);

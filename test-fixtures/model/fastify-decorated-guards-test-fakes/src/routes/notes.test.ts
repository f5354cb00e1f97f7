import { buildTestApp } from './notes.test-helpers.js';
import { noteRoutes } from './notes.js';

const app = await buildTestApp(() => 'u1', noteRoutes);
await app.inject({ method: 'GET', url: '/notes' });

import { Hono } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import admin from './admin.js';
import projects from './projects.js';

const v1 = new Hono();

// Path-scoped: only /api/v1/admin/* requires the admin token.
v1.use('/admin/*', bearerAuth({ token: process.env.ADMIN_TOKEN! })); // expect: config/env-undocumented

// projects carries its own basePath('/projects'), so it is mounted at '/'.
v1.route('/', projects);
v1.route('/admin', admin);

export default v1;

import { Hono } from 'hono';
import { reportRoutes } from './wire-reports';
import { gradeRoutes } from './routes/grade-routes';
import { lateRoutes } from './late-routes';

const app = new Hono();

reportRoutes(app);
// the grades route is registered before the helper that limits it: Hono runs middleware in registration order
gradeRoutes(app);
lateRoutes(app);

export default app;

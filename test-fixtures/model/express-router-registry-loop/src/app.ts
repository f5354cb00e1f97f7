import express, { Router } from 'express';
import helmet from 'helmet';
import cors from 'cors';
import rateLimit from 'express-rate-limit';
import {
  authRouter,
  healthRouter,
  systemRouter,
  metricsRouter,
  helpRouter,
  dashboardRouter,
  reportingRouter,
  searchRouter,
  aiRouter,
  calendarRouter,
  innovationRouter,
  businessRouter,
  salesRouter,
  marketingRouter,
  hrRouter,
  financeRouter,
  procurementRouter,
  productionRouter,
  warehouseRouter,
  inventoryRouter,
  crmRouter,
  projectsRouter,
} from './routers.js';

interface RouterEntry {
  path: string;
  router: Router;
  category?: string;
}

// every area of the ERP, mounted by one loop
const registry: RouterEntry[] = [
  { path: '/api/auth', router: authRouter, category: 'core' },
  { path: '/api/health', router: healthRouter, category: 'core' },
  { path: '/api/system', router: systemRouter, category: 'core' },
  { path: '/api/metrics', router: metricsRouter, category: 'core' },
  { path: '/api/help', router: helpRouter, category: 'core' },
  { path: '/api/dashboard', router: dashboardRouter, category: 'core' },
  { path: '/api/reporting', router: reportingRouter, category: 'core' },
  { path: '/api/search', router: searchRouter, category: 'core' },
  { path: '/api/ai', router: aiRouter, category: 'core' },
  { path: '/api/calendar', router: calendarRouter, category: 'core' },
  { path: '/api/innovation', router: innovationRouter, category: 'core' },
  { path: '/api/business', router: businessRouter, category: 'core' },
  { path: '/api/sales', router: salesRouter, category: 'core' },
  { path: '/api/marketing', router: marketingRouter, category: 'core' },
  { path: '/api/hr', router: hrRouter, category: 'core' },
  { path: '/api/finance', router: financeRouter, category: 'core' },
  { path: '/api/procurement', router: procurementRouter, category: 'core' },
  { path: '/api/production', router: productionRouter, category: 'core' },
  { path: '/api/warehouse', router: warehouseRouter, category: 'core' },
  { path: '/api/inventory', router: inventoryRouter, category: 'core' },
  { path: '/api/crm', router: crmRouter, category: 'core' },
  { path: '/api/projects', router: projectsRouter, category: 'core' },
];

const app = express(); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, observability/tracing-missing
app.use(helmet());
app.use(cors({ origin: ['https://erp.example.com'] }));
app.use(rateLimit({ windowMs: 60_000, limit: 300 }));
app.use(express.json());

export function registerRouters(target: express.Application): number {
  for (const entry of registry) {
    try {
      target.use(entry.path, entry.router);
    } catch (error) {
      console.error('could not mount', entry.path, error);
    }
  }
  return registry.length;
}

registerRouters(app);

app.listen(Number(process.env.PORT) || 4000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing

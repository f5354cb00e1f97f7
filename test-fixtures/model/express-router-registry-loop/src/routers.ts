import { Router } from 'express';

export const authRouter = Router();
authRouter.get('/', (_req, res) => res.json({ area: 'auth' }));

export const healthRouter = Router();
healthRouter.get('/', (_req, res) => res.json({ area: 'health' }));

export const systemRouter = Router();
systemRouter.get('/', (_req, res) => res.json({ area: 'system' }));

export const metricsRouter = Router();
metricsRouter.get('/', (_req, res) => res.json({ area: 'metrics' }));

export const helpRouter = Router();
helpRouter.get('/', (_req, res) => res.json({ area: 'help' }));

export const dashboardRouter = Router();
dashboardRouter.get('/', (_req, res) => res.json({ area: 'dashboard' }));

export const reportingRouter = Router();
reportingRouter.get('/', (_req, res) => res.json({ area: 'reporting' }));

export const searchRouter = Router();
searchRouter.get('/', (_req, res) => res.json({ area: 'search' }));

export const aiRouter = Router();
aiRouter.get('/', (_req, res) => res.json({ area: 'ai' }));

export const calendarRouter = Router();
calendarRouter.get('/', (_req, res) => res.json({ area: 'calendar' }));

export const innovationRouter = Router();
innovationRouter.get('/', (_req, res) => res.json({ area: 'innovation' }));

export const businessRouter = Router();
businessRouter.get('/', (_req, res) => res.json({ area: 'business' }));

export const salesRouter = Router();
salesRouter.get('/', (_req, res) => res.json({ area: 'sales' }));

export const marketingRouter = Router();
marketingRouter.get('/', (_req, res) => res.json({ area: 'marketing' }));

export const hrRouter = Router();
hrRouter.get('/', (_req, res) => res.json({ area: 'hr' }));

export const financeRouter = Router();
financeRouter.get('/', (_req, res) => res.json({ area: 'finance' }));

export const procurementRouter = Router();
procurementRouter.get('/', (_req, res) => res.json({ area: 'procurement' }));

export const productionRouter = Router();
productionRouter.get('/', (_req, res) => res.json({ area: 'production' }));

export const warehouseRouter = Router();
warehouseRouter.get('/', (_req, res) => res.json({ area: 'warehouse' }));

export const inventoryRouter = Router();
inventoryRouter.get('/', (_req, res) => res.json({ area: 'inventory' }));

export const crmRouter = Router();
crmRouter.get('/', (_req, res) => res.json({ area: 'crm' }));

export const projectsRouter = Router();
projectsRouter.get('/', (_req, res) => res.json({ area: 'projects' }));


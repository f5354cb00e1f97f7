import { Hono } from 'hono';
import type { AppEnv } from './env';
import { donorsRoutes } from './domains/donors';
import { eventsRoutes } from './domains/events';
import { grantsRoutes } from './domains/grants';
import { programsRoutes } from './domains/programs';
import { pledgesRoutes } from './domains/pledges';
import { paymentsRoutes } from './domains/payments';
import { reportsRoutes } from './domains/reports';
import { documentsRoutes } from './domains/documents';
import { deadlinesRoutes } from './domains/deadlines';
import { importsRoutes } from './domains/imports';
import { outcomesRoutes } from './domains/outcomes';
import { reviewersRoutes } from './domains/reviewers';
import { budgetsRoutes } from './domains/budgets';
import { contactsRoutes } from './domains/contacts';
import { campaignsRoutes } from './domains/campaigns';
import { tasksRoutes } from './domains/tasks';
import { notesRoutes } from './domains/notes';
import { tagsRoutes } from './domains/tags';
import { teamsRoutes } from './domains/teams';
import { invoicesRoutes } from './domains/invoices';
import { receiptsRoutes } from './domains/receipts';
import { lettersRoutes } from './domains/letters';
import { surveysRoutes } from './domains/surveys';
import { volunteersRoutes } from './domains/volunteers';
import { venuesRoutes } from './domains/venues';
import { sponsorsRoutes } from './domains/sponsors';
import { awardsRoutes } from './domains/awards';
import { auditsRoutes } from './domains/audits';
import { exportsRoutes } from './domains/exports';
import { settingsRoutes } from './domains/settings';

// one fluent chain: base path, middleware, then every domain mounted; a chain this long must not lose the app
const app = new Hono<AppEnv>() // expect: api/openapi-missing, api/versioning-missing, headers/helmet-missing, ratelimit/missing
  .basePath('/api')
  .onError((err, c) => c.json({ error: 'internal' }, 500))
  .use('*', async (c, next) => { c.header('x-step', '0'); await next(); })
  .use('*', async (c, next) => { c.header('x-step', '1'); await next(); })
  .use('*', async (c, next) => { c.header('x-step', '2'); await next(); })
  .use('*', async (c, next) => { c.header('x-step', '3'); await next(); })
  .use('*', async (c, next) => { c.header('x-step', '4'); await next(); })
  .use('*', async (c, next) => { c.header('x-step', '5'); await next(); })
  .use('*', async (c, next) => { c.header('x-step', '6'); await next(); })
  .use('*', async (c, next) => { c.header('x-step', '7'); await next(); })
  .use('*', async (c, next) => { c.header('x-step', '8'); await next(); })
  .use('*', async (c, next) => { c.header('x-step', '9'); await next(); })
  .use('*', async (c, next) => { c.header('x-step', '10'); await next(); })
  .use('*', async (c, next) => { c.header('x-step', '11'); await next(); })
  .get('/health', (c) => c.json({ ok: true }))
  .route('/donors', donorsRoutes)
  .use('/donors/*', async (c, next) => { await next(); })
  .route('/events', eventsRoutes)
  .use('/events/*', async (c, next) => { await next(); })
  .route('/grants', grantsRoutes)
  .use('/grants/*', async (c, next) => { await next(); })
  .route('/programs', programsRoutes)
  .use('/programs/*', async (c, next) => { await next(); })
  .route('/pledges', pledgesRoutes)
  .use('/pledges/*', async (c, next) => { await next(); })
  .route('/payments', paymentsRoutes)
  .use('/payments/*', async (c, next) => { await next(); })
  .route('/reports', reportsRoutes)
  .use('/reports/*', async (c, next) => { await next(); })
  .route('/documents', documentsRoutes)
  .use('/documents/*', async (c, next) => { await next(); })
  .route('/deadlines', deadlinesRoutes)
  .use('/deadlines/*', async (c, next) => { await next(); })
  .route('/imports', importsRoutes)
  .use('/imports/*', async (c, next) => { await next(); })
  .route('/outcomes', outcomesRoutes)
  .use('/outcomes/*', async (c, next) => { await next(); })
  .route('/reviewers', reviewersRoutes)
  .use('/reviewers/*', async (c, next) => { await next(); })
  .route('/budgets', budgetsRoutes)
  .use('/budgets/*', async (c, next) => { await next(); })
  .route('/contacts', contactsRoutes)
  .use('/contacts/*', async (c, next) => { await next(); })
  .route('/campaigns', campaignsRoutes)
  .use('/campaigns/*', async (c, next) => { await next(); })
  .route('/tasks', tasksRoutes)
  .use('/tasks/*', async (c, next) => { await next(); })
  .route('/notes', notesRoutes)
  .use('/notes/*', async (c, next) => { await next(); })
  .route('/tags', tagsRoutes)
  .use('/tags/*', async (c, next) => { await next(); })
  .route('/teams', teamsRoutes)
  .use('/teams/*', async (c, next) => { await next(); })
  .route('/invoices', invoicesRoutes)
  .use('/invoices/*', async (c, next) => { await next(); })
  .route('/receipts', receiptsRoutes)
  .use('/receipts/*', async (c, next) => { await next(); })
  .route('/letters', lettersRoutes)
  .use('/letters/*', async (c, next) => { await next(); })
  .route('/surveys', surveysRoutes)
  .use('/surveys/*', async (c, next) => { await next(); })
  .route('/volunteers', volunteersRoutes)
  .use('/volunteers/*', async (c, next) => { await next(); })
  .route('/venues', venuesRoutes)
  .use('/venues/*', async (c, next) => { await next(); })
  .route('/sponsors', sponsorsRoutes)
  .use('/sponsors/*', async (c, next) => { await next(); })
  .route('/awards', awardsRoutes)
  .use('/awards/*', async (c, next) => { await next(); })
  .route('/audits', auditsRoutes)
  .use('/audits/*', async (c, next) => { await next(); })
  .route('/exports', exportsRoutes)
  .use('/exports/*', async (c, next) => { await next(); })
  .route('/settings', settingsRoutes)
  .use('/settings/*', async (c, next) => { await next(); });

export type AppType = typeof app;
export default { fetch: app.fetch };

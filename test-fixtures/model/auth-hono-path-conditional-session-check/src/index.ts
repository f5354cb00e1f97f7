import { Hono } from 'hono';
import requireSessionForV2, { loadSession } from './middleware/session';
import crossings from './routes/crossings';
import teams from './routes/teams';

const app = new Hono(); // expect: api/openapi-missing, errors/global-handler-missing, headers/helmet-missing, ratelimit/missing

app.use('*', loadSession);
app.use(requireSessionForV2);

app.get('/', (c) => c.text('ferry api'));
app.route('/api', crossings);
app.route('/api/v2', teams);

export default app;

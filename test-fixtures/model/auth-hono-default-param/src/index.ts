import { Hono } from 'hono';
import { keyPresent } from './keys.js';
import { buildDeviceApi, buildPlotApi } from './v1/index.js';

const app = new Hono(); // expect: api/openapi-missing, ratelimit/missing, headers/helmet-missing, errors/global-handler-missing

app.route('/v1', buildDeviceApi());
// this caller passes its own guard: the default does not apply
app.route('/v2', buildPlotApi(keyPresent));

export default app;

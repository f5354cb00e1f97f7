import { Hono } from 'hono';
import { load } from './helpers';

// a test app mounting something unresolvable: neither the app nor the mount is reported
const t = new Hono();
t.route('/x', load());

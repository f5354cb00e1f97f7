import { Hono } from 'hono';
import habits from './routes/habits';
import feedback from './routes/feedback';

const app = new Hono();
app.route('/api/habits', habits);
app.route('/api/feedback', feedback);

export default app;

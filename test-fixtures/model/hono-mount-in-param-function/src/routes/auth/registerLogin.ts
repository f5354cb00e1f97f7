import { Hono } from 'hono';

const registerLogin = ({ app }: { app: any }) => {
  const login = new Hono();
  login.post('/login', async (c) => c.json({ ok: true }));
  app.route('/session', login);
};

export default registerLogin;

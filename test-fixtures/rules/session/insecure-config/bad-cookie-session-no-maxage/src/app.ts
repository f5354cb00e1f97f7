import express from 'express';
import cookieSession from 'cookie-session';

const app = express();
app.use(cookieSession({ name: 'session', keys: [process.env.COOKIE_KEY_1!, process.env.COOKIE_KEY_2!], sameSite: 'lax' })); // expect: session/insecure-config
app.get('/', (req, res) => res.json({ views: (req.session!.views = (req.session!.views || 0) + 1) }));
app.listen(3000);

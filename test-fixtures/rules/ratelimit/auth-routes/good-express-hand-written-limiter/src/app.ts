import express from 'express';
import session from 'express-session';
import { throttle } from './middleware/throttle';
import { accountRouter } from './routes/account';

const app = express();
app.set('view engine', 'ejs');
app.use(express.urlencoded({ extended: false }));
app.use(session({ secret: process.env.SESSION_SECRET as string, resave: false, saveUninitialized: false }));
app.use(throttle);

app.use('/', accountRouter);

// The page the limiter sends clients to: it answers 429 to everyone who lands here.
app.get('/too-many-requests', (_req, res) => {
  res.status(429).render('slow-down');
});

app.listen(3000);

import express from 'express';
import { mailer } from './mailer';
import { registerRoutes } from './routes';

const app = express();
app.use(express.json());

registerRoutes(app, { mailer });

app.listen(3000);

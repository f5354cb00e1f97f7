import express from 'express';
import { createServer } from 'http';
import { registerRoutes } from './routes';
import { applySecurity } from './security';

const app = express();
const httpServer = createServer(app);
app.use(express.json());

applySecurity(app);

;(async () => {
  await registerRoutes(httpServer, app);
  httpServer.listen(5000);
})();

import express from 'express';
import cors from 'cors';
import { AppConfig } from './config';

export class HttpServer {
  constructor(private readonly config: AppConfig) {}

  start() {
    const app = express();
    const listed = this.config.get('CORS_ORIGINS')?.split(',') || [];
    // the environment read through the server's own config field: development only
    const localDev = this.config.get('NODE_ENV') !== 'production';
    // every origin on a developer's machine; in production only the listed ones, or none
    app.use(cors({ origin: localDev ? true : (listed.length > 0 ? listed : false), credentials: true }));
    app.get('/api/items', (req, res) => res.json([]));
    app.listen(3000);
  }
}

new HttpServer(new AppConfig()).start();

import { AngularNodeAppEngine, createNodeRequestHandler, writeResponseToNodeResponse } from '@angular/ssr/node';
import express from 'express';

const app = express();
const engine = new AngularNodeAppEngine();

app.use(express.static('dist/refs-web/browser', { maxAge: '1y', index: false }));
app.use((req, res, next) => {
  engine.handle(req).then((response) => (response ? writeResponseToNodeResponse(response, res) : next())).catch(next);
});

export const reqHandler = createNodeRequestHandler(app);

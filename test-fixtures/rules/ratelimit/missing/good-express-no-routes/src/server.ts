import compression from 'compression';
import express from 'express';
import path from 'node:path';

// Serves the prebuilt single-page dashboard; it declares no routes of its own.
const app = express();
app.disable('x-powered-by');
app.use(compression());
app.use(express.static(path.join(__dirname, '..', 'dist'), { maxAge: '1d', index: 'index.html' }));

app.listen(Number(process.env.PORT ?? 8080));

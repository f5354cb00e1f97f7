import http from 'http';
import express from 'express';
import { createTerminus } from '@godaddy/terminus';

const app = express();
app.get('/ping', (req, res) => { res.send('pong'); });
const server = http.createServer(app);
createTerminus(server, { signals: ['SIGTERM', 'SIGINT'], timeout: 10_000 });
server.listen(3000);

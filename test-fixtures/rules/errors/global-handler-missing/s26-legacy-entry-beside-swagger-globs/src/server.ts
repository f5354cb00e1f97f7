import http from 'http';
import app from './app';

const server = http.createServer(app);
server.listen(Number(process.env.PORT) || 3000);

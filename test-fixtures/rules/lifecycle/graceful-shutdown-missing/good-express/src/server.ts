import http from 'http';
import mongoose from 'mongoose';
import { app } from './app';
import { gracefulShutdown } from './shutdown';

await mongoose.connect(process.env.MONGO_URL!);
const server = http.createServer(app);
server.listen(3000);
gracefulShutdown(server);

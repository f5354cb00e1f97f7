import 'reflect-metadata';
import express from 'express';
import { useExpressServer } from 'routing-controllers';
import { BadgeController } from './controllers/BadgeController';
import { SessionController } from './controllers/SessionController';

const app = express();
useExpressServer(app, { routePrefix: '/api', controllers: [BadgeController, SessionController] });
app.listen(8080);

import { Hono } from 'hono';
import tripController from './trip.controller';

const api = new Hono();
api.route('/trips', tripController);

export default api;

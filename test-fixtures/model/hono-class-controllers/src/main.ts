import { LampsController } from './controllers/lamps.controller';
import { ShelvesController } from './controllers/shelves.controller';
import { Server } from './server';

export default new Server([new ShelvesController(), new LampsController()]).instance();

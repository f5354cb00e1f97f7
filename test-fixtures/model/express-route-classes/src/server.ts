import { App } from './app';
import { HealthRoute } from './routes/health.route';
import { NotesRoute } from './routes/notes.route';

const base = [new HealthRoute()];
const all = [...base, new NotesRoute()];

new App(all).listen();

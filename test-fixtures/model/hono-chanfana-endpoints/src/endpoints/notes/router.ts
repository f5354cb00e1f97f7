import { fromHono } from 'chanfana';
import { Hono } from 'hono';
import { requireUser } from '../../auth';
import { NoteCreate } from './noteCreate';
import { NoteDelete } from './noteDelete';
import { NoteImport } from './noteImport';
import { NoteList } from './noteList';

const app = new Hono();
app.use('*', requireUser);

// the OpenAPI router is a proxy over the Hono app above: its routes are that app's routes
export const notesRouter = fromHono(app);
notesRouter.get('/', NoteList);
notesRouter.post('/', NoteCreate);
notesRouter.post('/import', NoteImport);
notesRouter.delete('/:id', NoteDelete);

import { HttpVerb } from '../../lib/methods';
import { requireMember } from '../../lib/guard';
import { addNote, dropNote, listNotes } from './notes.handlers';

// a table of route options, registered one by one by the folder's index file
const noteRoutes = [
  {
    url: '/',
    method: HttpVerb.GET,
    handler: listNotes,
  },
  {
    url: '/',
    method: HttpVerb.POST,
    preHandler: [requireMember],
    schema: { body: { type: 'object', required: ['text'], properties: { text: { type: 'string', maxLength: 500 } } } },
    handler: addNote,
  },
  {
    url: '/:id',
    method: HttpVerb.DELETE,
    preHandler: [requireMember],
    handler: dropNote,
  },
];

export default noteRoutes;

import { D1DeleteEndpoint } from 'chanfana';
import { z } from 'zod';

// chanfana's D1 auto endpoint: its own handle() validates the path parameters and deletes the row.
export class NoteDelete extends D1DeleteEndpoint {
  _meta = {
    model: { tableName: 'notes', primaryKeys: ['id'], schema: z.object({ id: z.number().int() }) },
  };
}

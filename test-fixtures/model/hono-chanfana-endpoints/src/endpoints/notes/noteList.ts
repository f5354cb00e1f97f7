import { OpenAPIRoute } from 'chanfana';
import { z } from 'zod';

// An OpenAPI endpoint class: chanfana runs handle() for the route it is registered on.
export class NoteList extends OpenAPIRoute {
  schema = {
    tags: ['Notes'],
    request: { query: z.object({ page: z.coerce.number().int().min(1).default(1) }) },
    responses: { '200': { description: 'The notes of the caller' } },
  };

  async handle(c: any) {
    const data = await this.getValidatedData<typeof this.schema>();
    const rows = await c.env.DB.prepare('SELECT id, title FROM notes WHERE owner_id = ? LIMIT 50 OFFSET ?')
      .bind(c.get('userId'), (data.query.page - 1) * 50)
      .all();
    return { notes: rows.results };
  }
}

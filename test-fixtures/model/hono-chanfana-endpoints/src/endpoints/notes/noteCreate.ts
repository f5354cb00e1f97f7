import { OpenAPIRoute, contentJson } from 'chanfana';
import { z } from 'zod';

const NoteInput = z.object({ title: z.string().min(1).max(200), body: z.string().max(10000) });

export class NoteCreate extends OpenAPIRoute {
  schema = {
    tags: ['Notes'],
    request: { body: contentJson(NoteInput) },
    responses: { '201': { description: 'Created' } },
  };

  async handle(c: any) {
    const { body } = await this.getValidatedData<typeof this.schema>();
    await c.env.DB.prepare('INSERT INTO notes (owner_id, title, body) VALUES (?, ?, ?)')
      .bind(c.get('userId'), body.title, body.body)
      .run();
    return c.json({ ok: true }, 201);
  }
}

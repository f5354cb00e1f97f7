import { OpenAPIRoute } from 'chanfana';

// The schema declares nothing and handle() reads the raw body: nothing validates it.
export class NoteImport extends OpenAPIRoute {
  schema = { tags: ['Notes'], responses: { '200': { description: 'Imported' } } };

  async handle(c: any) {
    const input = await c.req.json(); // expect: validation/unvalidated-input
    await c.env.DB.prepare('INSERT INTO notes (owner_id, title, body) VALUES (?, ?, ?)')
      .bind(c.get('userId'), input.title, input.body)
      .run();
    return c.json({ ok: true });
  }
}

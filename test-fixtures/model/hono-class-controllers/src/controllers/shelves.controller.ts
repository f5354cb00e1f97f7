import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';

const shelves: string[] = [];

// the instance is a class field; initRoutes registers on it
export class ShelvesController {
  public controller = new OpenAPIHono();

  public initRoutes() {
    const listShelves = createRoute({
      method: 'get',
      path: '/shelves',
      request: { query: z.object({ page: z.string().optional() }) },
      responses: { 200: { description: 'the shelves' } },
    });
    this.controller.openapi(listShelves, (c) => c.json(shelves, 200));

    const renameShelf = createRoute({
      method: 'put',
      path: '/shelves/{shelfId}',
      request: {
        params: z.object({ shelfId: z.string() }),
        body: { content: { 'application/json': { schema: z.object({ label: z.string().max(40) }) } } },
      },
      responses: { 200: { description: 'renamed' } },
    });
    this.controller.openapi(renameShelf, (c) => { // expect: authn/unauthenticated-mutation
      const { shelfId } = c.req.valid('param');
      const { label } = c.req.valid('json');
      shelves[Number(shelfId)] = label;
      return c.json({ ok: true }, 200);
    });
  }
}

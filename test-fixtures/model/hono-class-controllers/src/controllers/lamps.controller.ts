import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';

const lamps = new Set<string>();

// the instance is assigned in the constructor
export class LampsController {
  public controller: OpenAPIHono;

  constructor() {
    this.controller = new OpenAPIHono();
  }

  public initRoutes() {
    this.controller.openapi(
      createRoute({
        method: 'delete',
        path: '/lamps/{lampId}',
        request: { params: z.object({ lampId: z.string() }) },
        responses: { 204: { description: 'gone' } },
      }),
      (c) => {
        lamps.delete(c.req.valid('param').lampId);
        return c.body(null, 204);
      },
    );
  }
}

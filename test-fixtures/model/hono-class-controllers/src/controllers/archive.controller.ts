import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';

// written but never constructed nor mounted: no instance of it serves requests
export class ArchiveController {
  public controller = new OpenAPIHono();

  public initRoutes() {
    this.controller.openapi(
      createRoute({ method: 'post', path: '/archive', request: { query: z.object({ all: z.string() }) }, responses: {} }),
      (c) => c.json({ archived: true }, 200),
    );
  }
}

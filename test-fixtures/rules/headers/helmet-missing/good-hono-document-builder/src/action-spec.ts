import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';

const noop = () => new Response(null, { status: 204 });

// builds the document an external assistant imports; the instance answers no request
export function buildActionSpec(baseUrl: string) {
  const specApp = new OpenAPIHono();
  const listGuides = createRoute({
    method: 'get',
    path: '/api/v1/guides',
    responses: { 200: { description: 'guides', content: { 'application/json': { schema: z.array(z.string()) } } } },
  });
  specApp.openapi(listGuides, noop as never);
  return specApp.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'Guides', version: '1' }, servers: [{ url: baseUrl }] });
}

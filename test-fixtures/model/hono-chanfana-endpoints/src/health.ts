import { OpenAPIRoute } from 'chanfana';

export class HealthCheck extends OpenAPIRoute {
  schema = { tags: ['System'], responses: { '200': { description: 'Alive' } } };

  async handle(c: any) {
    return c.json({ status: 'ok' });
  }
}

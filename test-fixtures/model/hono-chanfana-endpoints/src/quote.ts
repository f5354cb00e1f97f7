import { OpenAPIRoute, contentJson } from 'chanfana';
import { z } from 'zod';

const QuoteInput = z.object({ seats: z.number().int().min(1).max(500) });

// Public price calculator: validates the body and answers a computed price; it stores nothing.
export class PriceQuote extends OpenAPIRoute {
  schema = { tags: ['Billing'], request: { body: contentJson(QuoteInput) }, responses: { '200': { description: 'Price' } } };

  async handle(c: any) {
    const { body } = await this.getValidatedData<typeof this.schema>();
    const perSeat = body.seats >= 50 ? 8 : 10;
    return c.json({ seats: body.seats, monthly: body.seats * perSeat });
  }
}

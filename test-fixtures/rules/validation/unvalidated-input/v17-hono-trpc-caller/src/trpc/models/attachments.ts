import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { attachments } from '../../db/schema';

export class Attachment {
  constructor(
    protected ctx: any,
    public row: typeof attachments.$inferSelect,
  ) {}

  // the one way the app loads an attachment: a row that is not there is a 404 to the caller
  static async fromId(ctx: any, id: string): Promise<Attachment> {
    const row = await ctx.db.query.attachments.findFirst({ where: eq(attachments.id, id) });
    if (!row) {
      throw new TRPCError({ code: 'NOT_FOUND', message: 'Attachment not found' });
    }
    return new Attachment(ctx, row);
  }
}

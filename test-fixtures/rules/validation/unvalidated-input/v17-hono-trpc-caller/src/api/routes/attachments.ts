import { Hono } from 'hono';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Attachment } from '../../trpc/models/attachments';
import { withApi } from '../middlewares/caller';

const STORE = process.env.ATTACHMENT_DIR ?? '/var/lib/pinboard';

const attachmentsApp = new Hono()
  .use(withApi)
  .get('/:attachmentId', async (c) => {
    const attachmentId = c.req.param('attachmentId');
    const attachment = await Attachment.fromId(c.var.ctx, attachmentId);
    const bytes = await readFile(path.join(STORE, attachment.row.ownerId, attachmentId));
    c.header('Content-Type', attachment.row.contentType);
    return c.body(bytes);
  })
  .get('/:attachmentId/raw', async (c) => {
    const attachmentId = c.req.param('attachmentId'); // expect: validation/unvalidated-input
    const bytes = await readFile(path.join(STORE, attachmentId));
    return c.body(bytes);
  });

export default attachmentsApp;

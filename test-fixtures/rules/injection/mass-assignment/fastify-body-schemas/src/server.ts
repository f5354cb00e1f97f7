import Fastify from 'fastify';
import { EntriesController } from './entries.controller';
import { createEntrySchema, updateEntrySchema } from './schemas';

const app = Fastify({ logger: true });
const entries = new EntriesController();

app.post('/entries', { schema: createEntrySchema, handler: entries.create.bind(entries) });
app.put('/entries/:id', { schema: updateEntrySchema, handler: entries.update.bind(entries) });

app.listen({ port: 3000 });

import Fastify from 'fastify';
import { settings } from '@ledger/settings';

const app = Fastify({ logger: true });

app.get('/entries', async () => ({ source: settings.LEDGER_DB_URL.length > 0, signer: Boolean(process.env.LEDGER_SIGNING_KEY) }));

app.listen({ port: 8080 });

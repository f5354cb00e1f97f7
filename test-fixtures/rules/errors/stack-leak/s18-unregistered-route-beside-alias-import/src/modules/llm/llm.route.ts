import { FastifyInstance } from 'fastify';
import { summaryPrompt } from './llm.prompts';

// an LLM endpoint no app registers: the plugin is exported and never loaded
export default async function llmRoutes(app: FastifyInstance) {
  app.post('/summarise', async (request, reply) => {
    try {
      const body = request.body as { text: string };
      const res = await fetch(process.env.LLM_URL ?? 'http://localhost:11434', {
        method: 'POST',
        body: JSON.stringify({ prompt: summaryPrompt(body.text) }),
      });
      return reply.send(await res.json());
    } catch (err: any) {
      return reply.code(500).send({ error: 'llm failed', stack: err.stack });
    }
  });
}

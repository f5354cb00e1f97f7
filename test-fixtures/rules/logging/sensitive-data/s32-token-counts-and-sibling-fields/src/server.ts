import express from 'express';
import { promises as fs } from 'fs';
import path from 'path';
import pino from 'pino';

const log = pino();

const app = express();
app.use(express.json());

async function generate(prompt: string): Promise<any> {
  const r = await fetch('https://llm.example.com/v1/generate', { method: 'POST', body: JSON.stringify({ prompt }) });
  return r.json();
}

// LLM token counts: numbers, not credentials
function logBudget(metrics: { inputTokens: number; outputTokens: number; budgetedTokens: number }) {
  const actualTokens = metrics.inputTokens + metrics.outputTokens;
  console.log(`[Budget] ${actualTokens} actual vs ${metrics.budgetedTokens} budgeted`);
}

app.post('/api/builds', async (req, res) => {
  logBudget({ inputTokens: 1200, outputTokens: 800, budgetedTokens: Number(req.body.budget) || 4000 });

  let answer: any;
  if (req.body.offline) {
    // a placeholder answer whose metadata holds the design tokens (colours, spacing) of the generated site
    answer = { name: 'generated', metadata: { design_tokens: {}, components: [] }, files: [] };
  } else {
    answer = await generate(String(req.body.prompt));
  }
  for (const file of answer.files) {
    const target = path.join('/srv/sites', String(req.body.site), path.basename(file.path));
    await fs.writeFile(target, file.content, 'utf8');
    console.log(`Wrote file: ${file.path}`);
  }
  res.status(201).json({ files: answer.files.length });
});

// pino prints an argument only into a placeholder of the message: this object is dropped
app.post('/api/forms/errors', (req, res) => {
  log.info('processing ' + Number(req.body.count) + ' errors', { password: req.body.password });
  res.sendStatus(204);
});

// the caller's bearer token itself
app.get('/api/builds', async (req, res) => {
  console.log(`listing builds for ${req.headers.authorization}`); // expect: logging/sensitive-data
  res.json({ builds: [] });
});

app.listen(3000);

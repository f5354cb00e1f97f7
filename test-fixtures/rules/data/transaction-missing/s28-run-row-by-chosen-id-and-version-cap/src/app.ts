import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { createId } from '@paralleldrive/cuid2';
import { runsRepository } from './runs.repository';
import { saveVersion, publishVersion } from './versions';
import { recheckGifts, saveForLater } from './cart';
import { recordActivity, recordTeamActivity } from './streaks';

const app = new Hono();

// the run row made with an id chosen here, then updated by that id when the run ends: one row written twice
app.post('/flows/:id/run', async (c) => {
  const runId = createId();
  await runsRepository.createRun({ id: runId, flowId: c.req.param('id'), status: 'running' });
  const output = { ok: true };
  await runsRepository.updateRun(runId, { status: 'done', output, finishedAt: new Date() });
  return c.json({ runId }, 202);
});

// the run row, then the flow's own row: two rows
app.post('/flows/:id/replay', async (c) => {
  const runId = createId();
  await runsRepository.markFlowRun(c.req.param('id'));
  await runsRepository.createRun({ id: runId, flowId: c.req.param('id'), status: 'running' });
  return c.json({ runId }, 202);
});

app.post('/docs/:id/versions', async (c) => {
  const body = await c.req.json();
  const v = await saveVersion(c.req.param('id'), body.snapshot);
  return c.json(v, 201);
});

app.post('/docs/:id/publish', async (c) => {
  const body = await c.req.json();
  const v = await publishVersion(c.req.param('id'), body.snapshot);
  return c.json(v, 201);
});

app.post('/carts/:id/recheck-gifts', async (c) => c.json({ removed: await recheckGifts(c.req.param('id')) }));

app.post('/carts/:id/save-for-later', async (c) => {
  await saveForLater(c.req.param('id'));
  return c.body(null, 204);
});

app.post('/streaks/:userId', async (c) => c.json(await recordActivity(c.req.param('userId'), Number(c.req.query('days')) || 0)));

app.post('/streaks/:userId/team/:teamId', async (c) => c.json(await recordTeamActivity(c.req.param('userId'), c.req.param('teamId'))));

serve({ fetch: app.fetch, port: 3000 });

const express = require('express');
const { PrismaClient } = require('@prisma/client');
const axios = require('axios');

const prisma = new PrismaClient();
const app = express();
app.use(express.json());

async function reschedule(jobId, schedule) {
  await prisma.job.update({ where: { id: jobId }, data: { schedule: JSON.stringify(schedule) } });
}

// the schedule is changed only when the caller hands one
async function updateJob(jobId, changes) {
  if (changes.schedule) {
    await reschedule(jobId, changes.schedule);
  }
  return prisma.job.update({ where: { id: jobId }, data: { enabled: changes.enabled } }); // expect: data/query-in-loop
}

// the bulk switch hands only { enabled }: the reschedule never runs from it
app.post('/jobs/bulk', async (req, res) => {
  let done = 0;
  for (const id of req.body.ids || []) {
    await updateJob(String(id), { enabled: req.body.op === 'enable' });
    done++;
  }
  res.json({ done });
});

// an object spread from the request may carry a schedule: the reschedule may run per item
async function updateJobFrom(jobId, changes) {
  if (changes.schedule) {
    await prisma.job.update({ where: { id: jobId }, data: { schedule: String(changes.schedule) } }); // expect: data/query-in-loop
  }
}
app.post('/jobs/bulk-edit', async (req, res) => {
  for (const id of req.body.ids || []) {
    await updateJobFrom(String(id), { ...req.body.changes });
  }
  res.json({ ok: true });
});

// the thumbnails of an upload are made in a job the upload does not wait for (a bare call of an async method handed
// the image bytes among other values): its queries run apart from the request
async function makeThumbnails(fileId, bytes, key) {
  const row = await prisma.file.findUnique({ where: { id: fileId } });
  await prisma.file.update({ where: { id: fileId }, data: { meta: { ...row.meta, thumbs: [key + '-s', key + '-m'], size: bytes.length } } });
}
async function storeUpload(name, bytes, owner) {
  const file = await prisma.file.create({ data: { name, owner } }); // expect: data/query-in-loop
  if (name.endsWith('.png')) {
    makeThumbnails(file.id, bytes, name);
  }
  return file;
}
app.post('/uploads', async (req, res) => {
  const files = await Promise.all((req.body.files || []).map((f) => storeUpload(String(f.name), Buffer.from(String(f.data), 'base64'), String(req.body.owner))));
  res.status(201).json(files);
});

// a model's reply asks for tool calls; each call names the tool that runs (a dispatch by name), so a tool's query runs
// once per call that names it, not once per row; a tool's own loop over its rows still counts
async function runTool(name, args, userId) {
  switch (name) {
    case 'get_shifts':
      return prisma.shift.findMany({ where: { userId }, take: 20 });
    case 'mark_days': {
      const out = [];
      for (const day of args.days || []) {
        out.push(await prisma.availability.upsert({ where: { userId_day: { userId, day } }, update: { free: false }, create: { userId, day, free: false } })); // expect: data/query-in-loop
      }
      return out;
    }
    default:
      return { error: 'unknown tool' };
  }
}
app.post('/assistant', async (req, res) => {
  const reply = await axios.post('https://llm.example.com/v1/chat', { messages: req.body.messages });
  const message = reply.data.choices[0].message;
  const results = await Promise.all((message.tool_calls || []).map(async (call) => {
    const name = call.function.name;
    return { id: call.id, result: await runTool(name, JSON.parse(call.function.arguments), String(req.body.userId)) };
  }));
  res.json({ results });
});

// a batch of operations the client sends: each names its operation, but the client sets how many there are
app.post('/batch', async (req, res) => {
  const out = await Promise.all((req.body.ops || []).map(async (op) => {
    switch (op.kind) {
      case 'read':
        return prisma.note.findUnique({ where: { id: String(op.id) } }); // expect: data/query-in-loop
      default:
        return null;
    }
  }));
  res.json(out);
});

// an options object made before the call and given a key in between: the branch may run for each item
async function renameJob(jobId, changes) {
  if (changes.name) {
    await prisma.job.update({ where: { id: jobId }, data: { name: String(changes.name) } }); // expect: data/query-in-loop
  }
}
app.post('/jobs/bulk-rename', async (req, res) => {
  for (const id of req.body.ids || []) {
    const changes = {};
    if (req.body.name) changes.name = req.body.name;
    await renameJob(String(id), changes);
  }
  res.json({ ok: true });
});

app.listen(3000);

import express from 'express';
import multer from 'multer';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const app = express();
app.use(express.json());

// at most five images per request: multer answers 400 for a sixth
const photos = multer({ dest: 'uploads/', limits: { files: 5, fileSize: 5_000_000 } });
const attachments = multer({ dest: 'uploads/' });

// both sides of a friendship: two updates, whatever the table holds
app.post('/friendships/:a/:b', async (req, res) => {
  for (const id of [req.params.a, req.params.b]) {
    await prisma.user.update({ where: { id }, data: { friendCount: { increment: 1 } } });
  }
  res.status(201).json({ ok: true });
});

// the sender and the receiver of a transfer, looked up side by side
app.post('/transfers', async (req, res) => {
  const parties = [req.body.fromAccountId, req.body.toAccountId];
  const accounts = await Promise.all(parties.map((id) => prisma.account.findUnique({ where: { id } })));
  res.json({ accounts });
});

// the files multer lets in: five at most (limits.files), one row each
app.post('/albums/:id/photos', photos.array('photos'), async (req, res) => {
  const files = req.files as Express.Multer.File[];
  const rows = await Promise.all(files.map((f) => prisma.photo.create({ data: { albumId: req.params.id, path: f.path } })));
  res.status(201).json(rows);
});

// array(name, max): four at most
app.post('/tickets/:id/attachments', attachments.array('files', 4), async (req, res) => {
  for (const f of req.files as Express.Multer.File[]) {
    await prisma.attachment.create({ data: { ticketId: req.params.id, path: f.path } });
  }
  res.status(201).json({ ok: true });
});

// the default labels of a new workspace, walked by index with their colours
app.post('/workspaces', async (req, res) => {
  const ws = await prisma.workspace.create({ data: { name: req.body.name } });
  // seed the default labels
  const labels = ['Bug', 'Feature', 'Question', 'Docs'];
  const colours = ['#d73a4a', '#a2eeef', '#d876e3', '#0075ca'];
  for (let i = 0; i < labels.length; i++) {
    await prisma.label.create({ data: { workspaceId: ws.id, name: labels[i], colour: colours[i] } });
  }
  res.status(201).json(ws);
});

// the client's tags walked by index: as many as it sends
app.post('/workspaces/:id/tags', async (req, res) => {
  const tags = req.body.tags;
  for (let i = 0; i < tags.length; i++) {
    await prisma.tag.create({ data: { workspaceId: req.params.id, name: tags[i] } }); // expect: data/query-in-loop
  }
  res.json({ ok: true });
});

// a list that starts with two written ids and then takes the client's whole list: grows with the request
app.post('/notify', async (req, res) => {
  const recipients = [req.body.ownerId, req.body.managerId];
  recipients.push(...req.body.watcherIds);
  for (const id of recipients) {
    await prisma.notification.create({ data: { userId: id, text: req.body.text } }); // expect: data/query-in-loop
  }
  res.json({ ok: true });
});

// a spread of the client's list inside the literal: as long as the client makes it
app.post('/invite', async (req, res) => {
  for (const email of [req.body.primary, ...req.body.others]) {
    await prisma.invite.create({ data: { email } }); // expect: data/query-in-loop
  }
  res.json({ ok: true });
});

// no cap on the uploads: one row per file the client sends
app.post('/docs', attachments.array('docs'), async (req, res) => {
  const files = req.files as Express.Multer.File[];
  await Promise.all(files.map((f) => prisma.document.create({ data: { path: f.path } }))); // expect: data/query-in-loop
  res.json({ ok: true });
});

app.listen(3000);

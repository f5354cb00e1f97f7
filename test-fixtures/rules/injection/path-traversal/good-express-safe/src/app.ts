import express from 'express';
import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import crypto from 'node:crypto';
import multer from 'multer';
import AdmZip from 'adm-zip';
import { z } from 'zod';
import { safeJoin } from './paths';
import { db, render } from './db';

const app = express();
const UPLOADS = path.resolve(__dirname, '..', 'uploads');
const REPORTS = ['daily', 'weekly', 'monthly'];

// multer (busboy) keeps only the last segment of the client's file name
const upload = multer({
  storage: multer.diskStorage({
    destination: UPLOADS,
    filename: (req, file, cb) => cb(null, file.originalname),
  }),
});
const images = multer({
  storage: multer.diskStorage({
    destination: (req, file, cb) => cb(null, path.join(UPLOADS, 'images')),
    filename: (req, file, cb) => cb(null, crypto.randomUUID() + path.extname(file.originalname)),
  }),
});

// send() keeps every path under root and refuses ../
app.get('/files/:name', (req, res) => {
  res.sendFile(req.params.name, { root: UPLOADS });
});

// send() refuses a ../ segment when no one normalised it away
app.get('/raw/:name', (req, res) => {
  res.sendFile(`${UPLOADS}/${req.params.name}`);
});

app.get('/download/:name', (req, res) => {
  res.download(req.params.name, { root: UPLOADS });
});

app.get('/docs/:name', async (req, res) => {
  res.send(await readFile(path.join(UPLOADS, path.basename(req.params.name)), 'utf8'));
});

// containment check before the call
app.get('/tree/*', (req, res) => {
  const target = path.resolve(UPLOADS, req.params[0]);
  if (!target.startsWith(UPLOADS + path.sep)) return res.status(403).end();
  fs.createReadStream(target).pipe(res);
});

app.get('/meta/:name', async (req, res) => {
  const target = path.join(UPLOADS, req.params.name);
  const rel = path.relative(UPLOADS, target);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return res.status(400).end();
  res.json(await fs.promises.stat(target));
});

// a helper that refuses paths outside the root
app.get('/notes/:name', async (req, res) => {
  res.send(await readFile(safeJoin(UPLOADS, req.params.name), 'utf8'));
});

app.get('/logs', (req, res) => {
  const name = String(req.query.name);
  if (name.includes('..')) return res.status(400).end();
  fs.createReadStream(path.join('/var/log/app', name)).pipe(res);
});

// numbers, allow-lists and patterns
app.get('/invoices/:id', (req, res) => {
  fs.createReadStream(`/srv/invoices/${Number(req.params.id)}.pdf`).pipe(res);
});

app.get('/reports/:kind', async (req, res) => {
  const kind = req.params.kind;
  if (!REPORTS.includes(kind)) return res.status(404).end();
  res.send(await readFile(path.join('/srv/reports', kind + '.csv'), 'utf8'));
});

const Avatar = z.object({ file: z.string().regex(/^[a-z0-9-]+\.png$/) });
app.get('/avatars', (req, res) => {
  const { file } = Avatar.parse(req.query);
  fs.createReadStream(path.join(UPLOADS, 'avatars', file)).pipe(res);
});

// the signed-in user's own id, and the path multer chose for the upload
app.post('/home', (req: any, res) => {
  fs.mkdirSync(path.join('/srv/homes', String(req.user.id)), { recursive: true });
  res.sendStatus(201);
});

app.post('/upload', upload.single('doc'), images.single('image'), async (req, res) => {
  const text = await readFile(req.file!.path, 'utf8');
  res.json({ size: text.length });
});

// archive entries checked against the destination before they are written
app.post('/import', upload.single('bundle'), (req, res) => {
  const zip = new AdmZip(req.file!.path);
  for (const entry of zip.getEntries()) {
    const target = path.resolve(UPLOADS, entry.entryName);
    if (!target.startsWith(UPLOADS + path.sep)) continue;
    fs.writeFileSync(target, entry.getData());
  }
  zip.getEntries().forEach((entry) => {
    const target = path.resolve(UPLOADS, entry.entryName);
    if (!target.startsWith(UPLOADS + path.sep)) throw new Error('entry outside the destination');
    fs.writeFileSync(target, entry.getData());
  });
  res.sendStatus(204);
});

// the id must name a stored invoice before its file is written
app.post('/invoices/:id/pdf', async (req, res) => {
  const invoice = await db.invoice.findUnique({ where: { id: req.params.id } });
  if (!invoice) return res.status(404).end();
  await fs.promises.writeFile(path.join('/srv/invoices', `invoice-${req.params.id}.pdf`), render(invoice));
  res.sendStatus(201);
});

// a view a middleware chose (req.viewTemplate is the server's, not the client's)
app.use((req: any, res, next) => {
  req.viewTemplate = 'partials/form';
  next();
});
app.use((err: Error, req: any, res: any, next: any) => {
  if (req.viewTemplate) return res.render(req.viewTemplate, { error: err.message });
  res.status(500).end();
});

// a constant view
app.get('/help', (req, res) => res.render('help', { q: req.query.q }));

app.listen(3000);

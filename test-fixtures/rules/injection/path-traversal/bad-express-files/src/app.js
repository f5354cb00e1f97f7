const express = require('express');
const fs = require('fs');
const path = require('path');
const multer = require('multer');
const AdmZip = require('adm-zip');
const { removeAttachment } = require('./storage');

const app = express();
const UPLOADS = path.join(__dirname, '..', 'uploads');

const storage = multer.diskStorage({
  destination: (req, file, cb) => cb(null, path.join(UPLOADS, req.body.folder)), // expect: injection/path-traversal
  filename: (req, file, cb) => cb(null, Date.now() + path.extname(file.originalname)),
});
const upload = multer({ storage });
const memory = multer({ storage: multer.memoryStorage() });

app.get('/docs/:name', (req, res) => {
  fs.readFile(path.join(UPLOADS, req.params.name), 'utf8', (err, text) => { // expect: injection/path-traversal
    if (err) return res.status(404).end();
    res.type('text/plain').send(text);
  });
});

// path.join removes the ../ before send() could refuse it
app.get('/files/:name', (req, res) => {
  res.sendFile(path.join(UPLOADS, req.params.name)); // expect: injection/path-traversal
});

// res.download() without root resolves the path first
app.get('/export', (req, res) => {
  res.download(`exports/${req.query.file}`); // expect: injection/path-traversal
});

app.get('/pages', (req, res) => {
  res.render(req.query.page, { title: 'Help' }); // expect: injection/path-traversal
});

app.delete('/attachments/:id', async (req, res) => {
  await removeAttachment(req.params.id);
  res.sendStatus(204);
});

// the folder is checked for ../, the names picked inside it are not
app.get('/bundle/:folder', (req, res) => {
  const folder = req.params.folder;
  if (/\.\.[\/\\]/.test(folder)) return res.sendStatus(400);
  const names = req.query.names || [];
  names.forEach((n) => res.write(fs.readFileSync(path.join(UPLOADS, folder, n)))); // expect: injection/path-traversal
  res.end();
});

app.post('/upload', upload.single('doc'), (req, res) => res.status(201).json({ stored: req.file.filename }));

// zip slip: entry names of the uploaded archive become output paths
app.post('/import', memory.single('bundle'), (req, res) => {
  const zip = new AdmZip(req.file.buffer);
  zip.getEntries().forEach((entry) => {
    fs.writeFileSync(path.join(UPLOADS, entry.entryName), entry.getData()); // expect: injection/path-traversal
  });
  res.sendStatus(204);
});

app.listen(3000);

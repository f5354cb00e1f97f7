const express = require('express');
const fs = require('fs');
const path = require('path');
const multer = require('multer');

const app = express();
app.use(express.json());
const STORE = path.join(__dirname, '..', 'store');

// keeps letters, digits and dashes: no separator and no dot survives
function folderFor(value) {
  if (typeof value !== 'string' || !value) return '';
  return value.trim().replace(/[^a-zA-Z0-9-]/g, '');
}

const storage = multer.diskStorage({
  destination(req, file, cb) {
    const account = folderFor(req.body && req.body.accountNumber) || `pending_${Date.now()}`;
    const target = path.join(STORE, account, file.fieldname);
    if (!fs.existsSync(target)) fs.mkdirSync(target, { recursive: true });
    cb(null, target);
  },
  filename(req, file, cb) {
    cb(null, `${Date.now()}-${file.fieldname}.pdf`);
  },
});
const upload = multer({ storage });

app.post('/documents', upload.single('document'), (req, res) => res.status(201).json({ saved: true }));

app.post('/albums', (req, res) => {
  const safe = String(req.body.title).replace(/[^\w.-]+/g, '_');
  fs.mkdirSync(path.join(STORE, 'albums', safe), { recursive: true });
  res.status(201).json({ album: safe });
});

app.post('/exports', (req, res) => {
  // the dot-to-underscore range admits both separators: still a path
  const name = req.body.name.replace(/[^a-zA-Z0-9.-_]/g, '');
  fs.writeFileSync(path.join(STORE, 'exports', name), 'pending'); // expect: injection/path-traversal
  res.status(202).json({ queued: true });
});

app.post('/drafts', (req, res) => {
  // removing ".." once leaves "..../" as "../"
  const name = req.body.name.replace(/\.\./g, '');
  fs.writeFileSync(path.join(STORE, 'drafts', name), req.body.text ?? ''); // expect: injection/path-traversal
  res.status(201).json({ saved: true });
});

app.listen(3000);

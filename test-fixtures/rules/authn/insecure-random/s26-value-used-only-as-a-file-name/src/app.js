const express = require('express');
const multer = require('multer');
const path = require('path');
const fs = require('fs');

const app = express();

// the upload's name on disk: the draw only keeps two files apart, the name is no secret
const storage = multer.diskStorage({
  destination: 'uploads/photos',
  filename: (req, file, cb) => {
    const uploadToken = `${Date.now()}-${Math.round(Math.random() * 1e9)}`;
    cb(null, uploadToken + path.extname(file.originalname).toLowerCase());
  },
});
const upload = multer({ storage, limits: { fileSize: 5 * 1024 * 1024 } });

app.post('/photos', upload.single('photo'), (req, res) => res.status(201).json({ file: req.file.filename }));

// a scratch file for the export: named with the draw, then streamed and removed
app.post('/exports', (req, res) => {
  const exportSecret = Math.random().toString(36).slice(2);
  const file = path.join('/tmp', `export-${exportSecret}.csv`);
  fs.writeFileSync(file, 'id,title\n');
  res.download(file, () => fs.unlinkSync(file));
});

// the same draw handed to the client as the key of a share link: it is the access
app.post('/albums/:id/share', (req, res) => {
  const shareToken = Math.random().toString(36).slice(2); // expect: authn/insecure-random
  fs.writeFileSync(path.join('shares', shareToken), req.params.id);
  res.json({ url: `/shared/${shareToken}` });
});

app.listen(3000);

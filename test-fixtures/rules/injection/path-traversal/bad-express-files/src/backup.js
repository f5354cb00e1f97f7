const express = require('express');
const multer = require('multer');
const AdmZip = require('adm-zip');
const fs = require('fs');
const path = require('path');

const router = express.Router();

// preservePath keeps the client's folder names in file.originalname
const restore = multer({
  preservePath: true,
  storage: multer.diskStorage({
    destination: '/srv/backups',
    filename: (req, file, cb) => cb(null, file.originalname), // expect: injection/path-traversal
  }),
});

router.post('/restore', restore.array('files'), (req, res) => res.sendStatus(201));

router.post('/restore-zip', restore.single('archive'), (req, res) => {
  const zip = new AdmZip(req.file.path);
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue;
    fs.writeFileSync(path.join('/srv/restore', entry.entryName), entry.getData()); // expect: injection/path-traversal
  }
  res.sendStatus(204);
});

module.exports = router;

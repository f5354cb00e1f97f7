const express = require('express');
const multer = require('multer');
const { storagePlan } = require('./storage-plan');

const app = express();

const storage = multer.diskStorage({
  destination(req, file, cb) {
    const plan = storagePlan('scan', req.params.patientRef, file.originalname);
    cb(null, plan.folder); // expect: injection/path-traversal
  },
  filename(req, file, cb) {
    const plan = storagePlan('scan', req.params.patientRef, file.originalname);
    cb(null, plan.fileName);
  },
});
const upload = multer({ storage });

app.post('/patients/:patientRef/scans', upload.single('scan'), (req, res) => {
  res.status(201).json({ stored: req.file.filename });
});

app.listen(3000);

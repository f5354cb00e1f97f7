const express = require('express');
const fs = require('fs');
const multer = require('multer');

const app = express();

// uploads kept in memory: multer gives each file a buffer and no path
const inMemory = multer({ storage: multer.memoryStorage(), limits: { fileSize: 5 * 1024 * 1024 } });
const onDisk = multer({ dest: 'uploads/' });

app.post('/scan', inMemory.single('image'), (req, res) => {
  try {
    const data = fs.readFileSync(req.file.path);
    fs.unlinkSync(req.file.path);
    res.json({ size: data.length });
  } catch (err) {
    if (req.file && req.file.path) fs.unlinkSync(req.file.path);
    res.status(400).json({ error: 'unreadable image' });
  }
});

app.post('/scan-disk', onDisk.single('image'), (req, res) => {
  const data = fs.readFileSync(req.file.path); // expect: perf/sync-in-handler
  fs.unlinkSync(req.file.path); // expect: perf/sync-in-handler
  res.json({ size: data.length });
});

app.listen(3000);

#!/usr/bin/env node
// tries multer's field handling by hand: node debug-upload.js, then curl localhost:3001
import express from 'express';
import cors from 'cors';
import multer from 'multer';

const app = express();
app.use(cors());
const upload = multer({ storage: multer.memoryStorage() });

app.post('/try-single', upload.single('file'), (req, res) => {
  console.log('headers', req.headers);
  console.log('fields', req.body);
  res.json({ got: Boolean(req.file) });
});

app.listen(3001, () => console.log('debug server on 3001'));

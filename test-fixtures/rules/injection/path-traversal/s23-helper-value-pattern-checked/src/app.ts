import express from 'express';
import fs from 'fs';
import path from 'path';
import { one } from './params';

const app = express();
const root = path.resolve('uploads');

// the stored name is 32 hex digits and an extension, the folder one of a fixed few: checked before the path is built
app.get('/files/:folder/:name', (req, res) => {
  const folder = one(req.params.folder);
  const name = one(req.params.name);
  if (!/^[a-f0-9]{32}\.(png|jpg|pdf)$/i.test(name)) {
    return res.status(400).json({ error: 'bad name' });
  }
  if (!['avatars', 'docs'].includes(folder)) {
    return res.status(400).json({ error: 'bad folder' });
  }
  const file = path.join(root, folder, name);
  fs.access(file, fs.constants.R_OK, (err) => {
    if (err) return res.status(404).end();
    fs.createReadStream(file).pipe(res);
  });
});

// only the folder is checked: the name may climb out
app.get('/raw/:folder/:name', (req, res) => {
  const folder = one(req.params.folder);
  const name = one(req.params.name);
  if (!['avatars', 'docs'].includes(folder)) {
    return res.status(400).json({ error: 'bad folder' });
  }
  fs.createReadStream(path.join(root, folder, name)).pipe(res); // expect: injection/path-traversal
});

app.listen(3000);

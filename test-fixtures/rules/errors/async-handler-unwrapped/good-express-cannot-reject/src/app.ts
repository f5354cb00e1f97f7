import express from 'express';
import fs from 'fs-extra';
import { supabase } from './db';
import { listFolder, makeFolder } from './folders';

const app = express();
app.use(express.json());

// postgrest-js resolves { data, error }: the query does not reject
app.get('/states', async (req, res) => {
  const { data, error } = await supabase.from('states').select('id, name').order('name');
  if (error) return res.status(500).json({ error: 'could not load the states' });
  res.json(data);
});

// fs-extra's exists resolves a boolean
app.get('/files/:name', async (req, res) => {
  if (!(await fs.exists(`/srv/files/${req.params.name}`))) return res.status(404).end();
  res.sendFile(`/srv/files/${req.params.name}`);
});

// the callee catches its own failure and answers or returns it
app.post('/folders', async (req, res) => {
  await makeFolder(`/srv/files/${String(req.body.name)}`, res);
  if (!res.headersSent) res.status(201).end();
});

app.get('/folders/:name', async (req, res) => {
  const listing = await listFolder(`/srv/files/${req.params.name}`);
  if (listing.err) return res.status(404).json({ error: 'no such folder' });
  res.json(listing.names);
});

app.use((err, req, res, next) => res.status(500).json({ error: 'Internal Server Error' }));
app.listen(3000);

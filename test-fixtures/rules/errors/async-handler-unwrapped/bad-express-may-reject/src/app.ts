import express from 'express';
import fs from 'fs-extra';
import { supabase } from './db';
import { readNotes } from './folders';

const app = express();
app.use(express.json());

// throwOnError(): the query rejects on failure
app.get('/states', async (req, res) => { // expect: errors/async-handler-unwrapped
  const { data } = await supabase.from('states').select('id, name').throwOnError();
  res.json(data);
});

// readFile rejects when the file is missing
app.get('/files/:name', async (req, res) => { // expect: errors/async-handler-unwrapped
  res.send(await fs.readFile(`/srv/files/${req.params.name}`, 'utf8'));
});

// the callee logs and rethrows
app.get('/notes/:dir', async (req, res) => { // expect: errors/async-handler-unwrapped
  res.send(await readNotes(`/srv/${req.params.dir}`));
});

app.use((err, req, res, next) => res.status(500).json({ error: 'Internal Server Error' }));
app.listen(3000);

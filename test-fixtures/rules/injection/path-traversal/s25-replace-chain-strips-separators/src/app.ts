import express from 'express';
import path from 'path';
import { promises as fs } from 'fs';

const SNAPSHOT_DIR = '/var/lib/snapshots';

class SnapshotStore {
  // both separators are stripped in turn: what is left is one name inside SNAPSHOT_DIR
  fileFor(id: string): string {
    const clean = id.replace(/\.\./g, '').replace(/\//g, '').replace(/\\/g, '');
    if (clean !== id) throw new Error('bad snapshot id');
    return path.join(SNAPSHOT_DIR, clean);
  }

  async remove(id: string) {
    await fs.unlink(this.fileFor(id));
  }

  // only the forward slash is stripped: a backslash path still climbs on Windows hosts
  async read(name: string) {
    const clean = name.replace(/\.\./g, '').replace(/\//g, '');
    return fs.readFile(path.join(SNAPSHOT_DIR, clean)); // expect: injection/path-traversal
  }
}

const store = new SnapshotStore();
const app = express();

app.delete('/snapshots/:id', async (req, res) => {
  await store.remove(req.params.id);
  res.sendStatus(204);
});

app.get('/snapshots/:name', async (req, res) => {
  res.send(await store.read(req.params.name));
});

app.listen(3000);

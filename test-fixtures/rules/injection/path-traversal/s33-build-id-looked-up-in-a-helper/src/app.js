const express = require('express');
const fs = require('fs/promises');
const os = require('os');
const path = require('path');
const { getBuildById, getLabelById } = require('./db');

const app = express();

// the build id must name a stored build of this owner before it becomes part of a folder name
async function unpackBuild(ownerId, buildId) {
  return (async () => {
    const build = await getBuildById(buildId);
    if (!build) return null;
    if (build.owner_id !== ownerId) return null;
    const dir = path.join(os.tmpdir(), 'builds', buildId);
    await fs.mkdir(dir, { recursive: true });
    return dir;
  })();
}

// a lookup that reads no table: any id passes it
async function labelFolder(buildId) {
  const meta = await getLabelById(buildId);
  if (!meta) return null;
  const dir = path.join(os.tmpdir(), 'labels', buildId);
  await fs.mkdir(dir, { recursive: true }); // expect: injection/path-traversal
  return dir;
}

app.post('/builds/:buildId/unpack', async (req, res) => {
  const dir = await unpackBuild(req.get('x-owner-id'), req.params.buildId);
  if (!dir) return res.status(404).end();
  res.json({ dir });
});

app.post('/builds/:buildId/label', async (req, res) => {
  res.json({ dir: await labelFolder(req.params.buildId) });
});

app.listen(3000);

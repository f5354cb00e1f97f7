const express = require('express');
const { execFile } = require('child_process');
const mongoose = require('mongoose');

const Probe = mongoose.model('Probe', new mongoose.Schema({ host: String, at: Date }));
const app = express();

// a network tool: pings the host the user asks for
app.get('/ping', (req, res) => {
  execFile('ping', ['-c', '2', String(req.query.host)], (err, out) => res.type('text').send(err ? 'unreachable' : out));
});

// a job's state, looked up by id
app.get('/status/:jobId', async (req, res) => {
  res.json(await Probe.findById(req.params.jobId));
});

mongoose.connect(process.env.MONGO_URL).then(() => app.listen(8080));

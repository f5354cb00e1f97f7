const express = require('express');
const path = require('path');

const app = express();
app.use(express.json());
app.get('/api/boards', (req, res) => res.json([]));
// the built client: every other GET, / included, answers index.html
app.use(express.static(path.join(__dirname, 'client', 'build')));
app.get('*', (req, res) => res.sendFile(path.join(__dirname, 'client', 'build', 'index.html')));
app.listen(process.env.PORT || 5000);

const express = require('express');
const helmet = require('helmet');
const path = require('path');

const app = express();
app.use(helmet());
app.use(express.json());
// uploaded project files are served as they are stored
app.use('/uploads', express.static(path.join(__dirname, '..', 'uploads')));

app.get('/api/projects', (req, res) => res.json([]));

app.listen(3000);

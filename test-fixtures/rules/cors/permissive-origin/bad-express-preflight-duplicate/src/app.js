const express = require('express');
const cors = require('cors');

const app = express();
app.use(cors()); // expect: cors/permissive-origin
// never reached: the cors() above already ends every OPTIONS preflight
app.options('*', cors());

app.get('/notes', (_req, res) => res.json([]));

app.listen(4000);

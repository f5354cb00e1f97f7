// How to add an endpoint: a sample for the contributor guide, not part of the service.
const express = require('express');

const demo = express();
demo.get('/hello', (req, res) => res.json({ hello: 'world' }));
demo.listen(4000);

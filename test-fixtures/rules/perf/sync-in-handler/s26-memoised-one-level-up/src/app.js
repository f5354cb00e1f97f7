const express = require('express');
const cache = require('./cache');

const app = express();

app.get('/preview/:name', (req, res) => res.type('html').send(cache.template(req.params.name)));
app.get('/layouts/:name', (req, res) => res.type('html').send(cache.layout(req.params.name)));
app.get('/settings', (req, res) => res.json(cache.mailSettings()));
app.get('/signatures/:name', (req, res) => res.type('html').send(cache.signature(req.params.name)));
app.get('/themes/:name', (req, res) => res.type('css').send(cache.theme(req.params.name)));
app.get('/footer', (req, res) => res.type('html').send(cache.readFooter()));

app.listen(3000);

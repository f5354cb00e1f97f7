const express = require('express');

const app = express();
app.set('view engine', 'ejs');
app.get('/', (req, res) => res.render('home'));
app.get('/menu', (req, res) => res.render('menu', { items: [] }));
app.post('/contact', (req, res) => res.redirect('/thanks'));
app.listen(3000);

const express = require('express');
const nunjucks = require('nunjucks');

const app = express();
nunjucks.configure('views', { autoescape: true, express: app });

app.get('/bio', (req, res) => {
  res.render('bio.njk', { name: req.query.name, bio: req.query.bio }); // expect: injection/xss
});

app.listen(3000);

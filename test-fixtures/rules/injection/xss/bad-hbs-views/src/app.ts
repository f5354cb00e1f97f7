import express from 'express';
import { engine } from 'express-handlebars';

const app = express();
app.engine('hbs', engine({ extname: '.hbs' }));
app.set('view engine', 'hbs');
app.use(express.json());

app.post('/comments/preview', (req, res) => {
  const comment = { author: req.body.author, body: req.body.text };
  res.render('comment', { comment }); // expect: injection/xss
});

app.listen(3000);

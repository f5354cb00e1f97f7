const express = require('express');
const fs = require('fs');
const path = require('path');
const handlebars = require('handlebars');

const app = express();
app.use(express.json());

class Mailer {
  constructor() {
    this.templates = new Map();
  }

  // each template is read from disk the first time its name is asked for, then kept in the map
  render(name, data) {
    let template = this.templates.get(name);
    if (!template) {
      const source = fs.readFileSync(path.join(__dirname, 'templates', name + '.hbs'), 'utf-8');
      template = handlebars.compile(source);
      this.templates.set(name, template);
    }
    return template(data);
  }

  // read again for every mail
  renderFresh(name, data) {
    const source = fs.readFileSync(path.join(__dirname, 'templates', name + '.hbs'), 'utf-8'); // expect: perf/sync-in-handler
    return handlebars.compile(source)(data);
  }
}

const mailer = new Mailer();

app.post('/preview/:name', (req, res) => {
  res.send(mailer.render(req.params.name, req.body));
});

app.post('/preview-fresh/:name', (req, res) => {
  res.send(mailer.renderFresh(req.params.name, req.body));
});

app.listen(3000);

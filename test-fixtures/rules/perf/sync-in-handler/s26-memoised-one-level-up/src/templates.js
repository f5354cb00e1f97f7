const fs = require('fs');
const path = require('path');

const DIR = path.join(__dirname, '..', 'templates');

function readTemplate(name) {
  return fs.readFileSync(path.join(DIR, `${name}.html`), 'utf8');
}

function readTheme(name) {
  return fs.readFileSync(path.join(DIR, 'themes', `${name}.css`), 'utf8'); // expect: perf/sync-in-handler
}

function readFooter() {
  return fs.readFileSync(path.join(DIR, 'footer.html'), 'utf8'); // expect: perf/sync-in-handler
}

module.exports = { readTemplate, readTheme, readFooter };

const path = require('path');

// handler modules are loaded by name from lib/handlers
const table = [
  { mount: '/catalog', file: 'catalog' },
  { mount: '/basket', file: 'basket' },
  { mount: '/ping', file: null },
];

module.exports = (server) => {
  table.forEach((entry) => {
    if (entry.file === null) {
      server.get(entry.mount, (req, res) => res.send('pong'));
    } else {
      server.use(entry.mount, require(path.join(__dirname, '..', 'handlers', entry.file + '.js')));
    }
  });
  // plugins named in the environment: not knowable before run time
  (process.env.PLUGINS || '').split(',').forEach((name) => { // expect: config/env-undocumented
    server.use('/plugins/' + name, require('../plugins/' + name));
  });
};

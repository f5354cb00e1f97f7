const path = require('path');

// checks that each module of the list loads
const modules = ['src/server.js', 'src/api/middleware', 'src/api/routes/tracks.js'];
for (const m of modules) {
  require(path.join(__dirname, '..', m));
}

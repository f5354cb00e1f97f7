const fs = require('fs');

// files left over from the move to api/
const leftovers = ['local-server.js', 'old-server.js'];
for (const f of leftovers) {
  if (fs.existsSync(f)) fs.unlinkSync(f);
}

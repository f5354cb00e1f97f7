const fs = require('fs');

const config = { apps: [{ name: 'crew-api', script: 'server.js', instances: 1 }] };
fs.writeFileSync('ecosystem.config.json', JSON.stringify(config, null, 2));

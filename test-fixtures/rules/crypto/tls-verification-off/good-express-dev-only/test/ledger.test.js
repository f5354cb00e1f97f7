const https = require('https');

const testAgent = new https.Agent({ rejectUnauthorized: false });
module.exports = { testAgent };

const fs = require('fs');

fs.writeFileSync('venues.json', JSON.stringify([{ id: 1, name: 'Garden Hall' }]));

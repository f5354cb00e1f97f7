const { spawn } = require('child_process');

// starts the phase 2 server beside the app for a manual try-out
spawn('node', ['phase2-server.js'], { stdio: 'inherit' });

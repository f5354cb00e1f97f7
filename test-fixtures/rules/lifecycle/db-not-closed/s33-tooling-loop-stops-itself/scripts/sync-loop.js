const { pool } = require('../src/db');

// runs the sync by hand until Ctrl+C; the server keeps its own shutdown
class SyncLoop {
  constructor() {
    this.running = false;
  }

  start() {
    this.running = true;
    this.timer = setInterval(() => pool.query('SELECT 1'), 60_000);
    process.on('SIGINT', () => {
      clearInterval(this.timer);
      this.running = false;
    });
  }
}

module.exports = SyncLoop;

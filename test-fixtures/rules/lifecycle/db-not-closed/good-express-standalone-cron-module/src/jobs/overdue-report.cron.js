// Run by hand while the scheduler service is being rewritten: node src/jobs/overdue-report.cron.js
const cron = require("node-cron");
const { pool } = require("../db");

let task = null;

function startOverdueReport() {
  task = cron.schedule("0 6 * * *", async () => {
    await pool.query("SELECT count(*) FROM invoices WHERE due_at < now() AND paid_at IS NULL");
  });
}

function stopOverdueReport() {
  if (task) task.stop();
}

module.exports = { startOverdueReport, stopOverdueReport };

if (require.main === module) {
  startOverdueReport();
  process.on("SIGINT", () => {
    stopOverdueReport();
    process.exit(0);
  });
}

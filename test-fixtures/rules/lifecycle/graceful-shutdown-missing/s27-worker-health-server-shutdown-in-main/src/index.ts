import http from 'node:http';
import cron from 'node-cron';

// a scheduled worker with a small health server of its own; its compiled file is the package's main
async function main() {
  const status = { lastRun: null as Date | null };
  const health = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ ok: true, lastRun: status.lastRun }));
  });
  health.listen(Number(process.env.HEALTH_PORT) || 8081);

  cron.schedule('0 * * * *', () => {
    status.lastRun = new Date();
  });

  // written beside the signal handlers, in the same function
  const stop = (signal: string) => {
    process.stdout.write(`stopping on ${signal}\n`);
    health.close(() => process.exit(0));
  };

  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch(() => {
  process.exitCode = 1;
});

// stops taking connections, then runs the caller's cleanup
function onShutdown(server, cleanup) {
  const stop = (signal) => {
    console.info('shutting down on', signal);
    server.close(async () => {
      if (cleanup) await cleanup();
      process.exit(0);
    });
    setTimeout(() => process.exit(1), 15000).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM')); // expect: lifecycle/db-not-closed
  process.on('SIGINT', () => stop('SIGINT'));
}

module.exports = { onShutdown };

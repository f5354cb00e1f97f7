export function installProcessHandlers(close: () => void) {
  process.on('unhandledRejection', (reason) => {
    console.error('unhandled rejection', reason);
    close();
  });
  process.on('uncaughtException', (err) => {
    console.error('uncaught exception', err);
    process.exit(1);
  });
}

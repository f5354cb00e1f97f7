// loaded for its side effect by server.js (import './helpers/clock.js'): its module code runs in the server, and
// the timer it starts calls unshiftHours every minute while the server runs
export function shiftHours(date, hours) {
  const out = new Date(date.getTime() + hours * 3600000);
  console.log('shifted', date.toISOString(), '->', out.toISOString());
  return out;
}

export function unshiftHours(date, hours) {
  console.log('unshifting', hours); // expect: logging/console-in-server
  return new Date(date.getTime() - hours * 3600000);
}

setInterval(() => unshiftHours(new Date(), 1), 60_000);

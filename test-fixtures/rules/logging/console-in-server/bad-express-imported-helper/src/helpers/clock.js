// loaded for its side effect by server.js (import './helpers/clock.js'): its console calls run in the server
export function shiftHours(date, hours) {
  const out = new Date(date.getTime() + hours * 3600000);
  console.log('shifted', date.toISOString(), '->', out.toISOString()); // expect: logging/console-in-server
  return out;
}

export function unshiftHours(date, hours) {
  console.log('unshifting', hours);
  return new Date(date.getTime() - hours * 3600000);
}

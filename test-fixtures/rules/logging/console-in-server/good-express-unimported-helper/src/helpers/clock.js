// shifts a date by a fixed offset; kept from an earlier version, nothing imports it
export function shiftHours(date, hours) {
  const out = new Date(date.getTime() + hours * 3600000);
  console.log('shifted', date.toISOString(), '->', out.toISOString());
  return out;
}

export function unshiftHours(date, hours) {
  console.log('unshifting', hours);
  return new Date(date.getTime() - hours * 3600000);
}

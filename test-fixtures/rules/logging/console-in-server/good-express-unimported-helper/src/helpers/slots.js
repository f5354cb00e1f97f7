export function slotLabel(n) {
  return `slot ${n}`;
}

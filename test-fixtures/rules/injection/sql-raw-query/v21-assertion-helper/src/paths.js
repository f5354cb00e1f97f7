const SEGMENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

export class BadRequest extends Error {}

export function isValidFieldPath(path) {
  if (!path || path.length > 200) return false;
  return path.split('.').every((s) => SEGMENT.test(s));
}

// refuses anything but dotted identifiers
export function assertFieldPath(path) {
  if (!isValidFieldPath(path)) {
    throw new BadRequest(`invalid field path: ${path}`);
  }
}

export function jsonExpression(alias, path) {
  const segs = path.split('.');
  const last = segs[segs.length - 1];
  const prefix = segs.slice(0, -1).map((s) => ` -> '${s}'`).join('');
  return `${alias}.data${prefix} ->> '${last}'`;
}

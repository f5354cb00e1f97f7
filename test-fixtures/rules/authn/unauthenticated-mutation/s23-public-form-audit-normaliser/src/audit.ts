import { db } from './db';

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

// copies metadata into JSON, refusing cycles; `seen` is made per call unless the walk hands its own on
function toJson(value: unknown, at: string, seen: WeakSet<object> = new WeakSet<object>()): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    if (seen.has(value)) throw new Error(at + ' is circular');
    seen.add(value);
    return value.map((v, i) => toJson(v, at + '[' + i + ']', seen));
  }
  if (!isPlain(value)) throw new Error(at + ' is not a plain object');
  if (seen.has(value)) throw new Error(at + ' is circular');
  seen.add(value);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = toJson(v, at + '.' + k, seen);
  return out;
}

function metadataOf(meta: Record<string, unknown>) {
  return toJson(meta, 'metadata');
}

function entryOf(action: string, meta: Record<string, unknown>) {
  return { action, metadata: metadataOf(meta) };
}

export async function record(action: string, meta: Record<string, unknown>) {
  await db.auditEntry.create({ data: entryOf(action, meta) });
}

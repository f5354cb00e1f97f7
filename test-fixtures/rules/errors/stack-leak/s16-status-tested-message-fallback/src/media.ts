import { randomUUID } from 'node:crypto';

const names = new Map<string, string>();

export async function storeMedia(input: { buffer: Buffer; mimeType: string }) {
  if (!input.mimeType.startsWith('image/')) {
    throw Object.assign(new Error('only images are accepted'), { statusCode: 415 });
  }
  const id = randomUUID();
  names.set(id, `${id}.bin`);
  return { id, size: input.buffer.length };
}

export async function renameMedia(id: string, name: string) {
  if (!names.has(id)) throw Object.assign(new Error('not found'), { statusCode: 404 });
  names.set(id, name);
  return { id, name };
}

import { BadRequestError } from './errors.js';

const SLUG = /^[a-z0-9-]{3,64}$/;

// Throws unless the value is a lower-case slug.
export function assertSlug(value) {
  if (typeof value !== 'string' || !SLUG.test(value)) throw new BadRequestError('bad slug');
  return value;
}

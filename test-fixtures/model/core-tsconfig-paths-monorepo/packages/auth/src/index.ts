export { requireAuth } from './require-auth.js';

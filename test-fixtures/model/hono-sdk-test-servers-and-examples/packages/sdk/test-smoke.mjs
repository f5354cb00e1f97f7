import { requirePayment } from './dist/index.js';

console.log(typeof requirePayment({ price: '1' }) === 'function' ? 'ok' : 'broken');

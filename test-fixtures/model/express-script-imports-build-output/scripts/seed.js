// Seeds a few reviews through the compiled database module (run after `npm run build`).
import { query } from '../dist/db.js';

for (const [stars, body] of [[5, 'Great'], [4, 'Good'], [3, 'Fine']]) {
  await query('INSERT INTO reviews (stars, body) VALUES ($1, $2)', [stars, body]);
}
process.exit(0);

import type { Knex } from 'knex';

const FLAGS = ['is_archived', 'is_featured'];

export async function up(k: Knex) {
  for (const flag of FLAGS) {
    await k.raw(`ALTER TABLE products ADD COLUMN ${flag} boolean NOT NULL DEFAULT false`);
  }
}

export async function down(k: Knex) {
  for (const flag of FLAGS) {
    await k.raw(`ALTER TABLE products DROP COLUMN ${flag}`);
  }
}

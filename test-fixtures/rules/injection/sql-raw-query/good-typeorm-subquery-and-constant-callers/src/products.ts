import { DataSource, QueryRunner } from 'typeorm';

export const dataSource = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL });

// The subquery is the builder's own SQL; its value stays a bound parameter.
export async function discountBrand(brand: string, percent: number) {
  const qb = dataSource.createQueryBuilder();
  await qb
    .update('products')
    .set({ percent })
    .where(`id IN ${qb.subQuery().select('p.id').from('products', 'p').where('p.brand = :brand').getQuery()}`)
    .setParameter('brand', brand)
    .execute();
}

// A schema change whose identifiers all come from constants written below.
export class RenameLegacyColumns {
  async up(runner: QueryRunner) {
    await this.rename(runner, 'products', 'sku_code', 'sku');
    await this.rename(runner, 'orders', 'order_ts', 'placed_at');
  }

  private async rename(runner: QueryRunner, table: string, from: string, to: string) {
    const names = { table, from, to: `${to}` };
    await this.apply(runner, names);
  }

  private async apply(runner: QueryRunner, names: { table: string; from: string; to: string }) {
    await runner.query(`ALTER TABLE "${names.table}" RENAME COLUMN "${names.from}" TO "${names.to}"`);
  }
}

// A staging table named after the clock: a number, never client text.
export async function stageImport(runner: QueryRunner) {
  const staging = `products_import_${Date.now()}`;
  await runner.query(`CREATE TABLE ${staging} (LIKE products INCLUDING ALL)`);
  return staging;
}

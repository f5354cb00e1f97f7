import { Pool } from 'pg';

const pool = new Pool();

export class Migration {
  // the rows are the database's; the client chooses only how many go in one batch
  async run(options: { batchSize: number }) {
    const { rows } = await pool.query('SELECT id, photo_url FROM protocols_v1 WHERE migrated = false');
    for (let i = 0; i < rows.length; i += options.batchSize) {
      const batch = rows.slice(i, i + options.batchSize);
      await Promise.all(batch.map((row) => this.copyPhoto(row.photo_url)));
    }
  }

  private async copyPhoto(photoUrl: string) {
    const response = await fetch(photoUrl);
    return Buffer.from(await response.arrayBuffer());
  }

  // a client-given address fetched as it is
  async preview(url: string) {
    const response = await fetch(url); // expect: injection/ssrf
    return response.status;
  }
}

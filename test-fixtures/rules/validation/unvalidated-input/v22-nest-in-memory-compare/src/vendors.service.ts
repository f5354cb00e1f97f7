import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { foldName } from './text';

interface Vendor { id: string; name: string }

@Injectable()
export class VendorsService {
  constructor(private readonly db: DataSource) {}

  private async everyVendor(): Promise<Vendor[]> {
    return this.db.query('SELECT id, name FROM vendors');
  }

  // the folded name is only compared in memory with the folded names of the stored vendors
  async lookalikes(name?: string) {
    const wanted = foldName(name);
    if (!wanted) return [];
    const all = await this.everyVendor();
    return all.filter((v) => Boolean(wanted) && foldName(v.name) === wanted).map((v) => ({ id: v.id, name: v.name }));
  }

  // the folded name is written into the vendor record
  async rename(id: string, name?: string) {
    await this.db.query('UPDATE vendors SET name = $1 WHERE id = $2', [foldName(name), id]);
    return { id };
  }

  async every() {
    return this.everyVendor();
  }
}

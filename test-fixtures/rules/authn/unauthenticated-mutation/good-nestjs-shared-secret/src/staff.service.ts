import { Injectable } from '@nestjs/common';

interface StaffRow { email: string; role: string }

@Injectable()
export class StaffService {
  private readonly rows: StaffRow[] = [];

  async createOwner(email: string) {
    const row = { email, role: 'owner' };
    await this.save(row);
    return row;
  }

  private async save(row: StaffRow) {
    this.rows.push(row);
  }
}

import { Injectable } from '@nestjs/common';

export class ClientsRepository {
  private readonly rows: { id: string; createdAt: Date; authorized: boolean }[] = [];

  async insert(id: string) {
    this.rows.push({ id, createdAt: new Date(), authorized: false });
    return { id };
  }

  async deleteStale(before: Date) {
    const keep = this.rows.filter((r) => r.authorized || r.createdAt >= before);
    this.rows.splice(0, this.rows.length, ...keep);
  }
}

@Injectable()
export class ClientsService {
  constructor(private readonly repo: ClientsRepository) {}

  async register(name: string) {
    // Registration runs before consent, so abandoned flows leave orphan clients;
    // opportunistically prune old unauthorized ones (a failure here changes nothing for this caller)
    this.repo
      .deleteStale(new Date(Date.now() - 30 * 24 * 3600 * 1000))
      .catch(() => {});
    return this.repo.insert(name);
  }
}

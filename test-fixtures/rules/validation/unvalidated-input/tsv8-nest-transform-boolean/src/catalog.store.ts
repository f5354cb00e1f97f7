import { Injectable } from '@nestjs/common';

type Product = { id: string; title: string; archived: boolean; note?: string };

@Injectable()
export class CatalogStore {
  private readonly products: Product[] = [];

  list(withArchived: boolean): Product[] {
    return withArchived ? this.products : this.products.filter((p) => !p.archived);
  }

  annotate(note: string): void {
    for (const p of this.products) p.note = note;
  }
}

import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { db } from './db';

type LookupOptions = { withOwner?: boolean; withStats?: boolean; locked?: boolean; tx?: typeof db };

@Injectable()
export class LinksRepo {
  // the query grows one optional clause at a time (too many branches to keep each shape); it stays a SELECT
  async findBySlug(slug: string, opts?: LookupOptions) {
    const conn = opts?.tx ?? db;
    let q = conn.selectFrom('links').select(['id', 'slug', 'target']);
    if (opts?.withOwner) {
      q = q.select((eb) => this.ownerName(eb));
    }
    if (opts?.withStats) {
      q = q.select((eb) => this.clickCount(eb));
    }
    if (opts?.locked && opts?.tx) {
      q = q.forUpdate();
    }
    if (slug.length === 36) {
      q = q.where('id', '=', slug);
    } else {
      q = q.where(sql`lower(slug)`, '=', slug.toLowerCase());
    }
    return q.executeTakeFirst();
  }

  ownerName(eb: any) {
    return eb.selectFrom('users').select('users.name').whereRef('users.id', '=', 'links.ownerId').as('ownerName');
  }

  clickCount(eb: any) {
    return eb.selectFrom('clicks').select(eb.fn.countAll().as('n')).whereRef('clicks.linkId', '=', 'links.id').as('clicks');
  }

  // the same shape for an update: still a write
  async rename(id: string, slug: string, opts?: LookupOptions) {
    let q = db.updateTable('links').set({ slug });
    if (opts?.withOwner) {
      q = q.set({ renamedByOwner: true });
    }
    if (opts?.withStats) {
      q = q.set({ statsReset: true });
    }
    if (opts?.locked) {
      q = q.where('locked', '=', false);
    }
    if (id.length === 36) {
      q = q.where('id', '=', id);
    } else {
      q = q.where(sql`lower(slug)`, '=', id.toLowerCase());
    }
    return q.executeTakeFirst();
  }
}

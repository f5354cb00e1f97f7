import { Injectable } from '@nestjs/common';
import { ListingStatus } from '@prisma/client';
import { PrismaService } from './prisma.service';

@Injectable()
export class CatalogService {
  constructor(private readonly prisma: PrismaService) {}

  async seedSections() {
    // a fixed seed list: as long today as after a million listings
    const sections = [
      { name: 'Garden', slug: 'garden', position: 1 },
      { name: 'Kitchen', slug: 'kitchen', position: 2 },
      { name: 'Tools', slug: 'tools', position: 3 },
      { name: 'Books', slug: 'books', position: 4 },
      { name: 'Music', slug: 'music', position: 5 },
      { name: 'Sports', slug: 'sports', position: 6 },
      { name: 'Toys', slug: 'toys', position: 7 },
      { name: 'Pets', slug: 'pets', position: 8 },
      { name: 'Office', slug: 'office', position: 9 },
      { name: 'Lighting', slug: 'lighting', position: 10 },
      { name: 'Bath', slug: 'bath', position: 11 },
      { name: 'Outdoor', slug: 'outdoor', position: 12 },
      { name: 'Bikes', slug: 'bikes', position: 13 },
      { name: 'Camping', slug: 'camping', position: 14 },
      { name: 'Crafts', slug: 'crafts', position: 15 },
      { name: 'Paint', slug: 'paint', position: 16 },
      { name: 'Rugs', slug: 'rugs', position: 17 },
      { name: 'Shelves', slug: 'shelves', position: 18 },
      { name: 'Desks', slug: 'desks', position: 19 },
      { name: 'Chairs', slug: 'chairs', position: 20 },
      { name: 'Lamps', slug: 'lamps', position: 21 },
      { name: 'Clocks', slug: 'clocks', position: 22 },
      { name: 'Mirrors', slug: 'mirrors', position: 23 },
      { name: 'Frames', slug: 'frames', position: 24 },
      { name: 'Plants', slug: 'plants', position: 25 },
      { name: 'Seeds', slug: 'seeds', position: 26 },
      { name: 'Pots', slug: 'pots', position: 27 },
      { name: 'Hoses', slug: 'hoses', position: 28 },
      { name: 'Grills', slug: 'grills', position: 29 },
      { name: 'Coolers', slug: 'coolers', position: 30 },
      { name: 'Tents', slug: 'tents', position: 31 },
      { name: 'Boots', slug: 'boots', position: 32 },
      { name: 'Hats', slug: 'hats', position: 33 },
      { name: 'Gloves', slug: 'gloves', position: 34 },
      { name: 'Scarves', slug: 'scarves', position: 35 },
      { name: 'Bags', slug: 'bags', position: 36 },
      { name: 'Wallets', slug: 'wallets', position: 37 },
      { name: 'Watches', slug: 'watches', position: 38 },
      { name: 'Rings', slug: 'rings', position: 39 },
      { name: 'Games', slug: 'games', position: 40 },
      { name: 'Puzzles', slug: 'puzzles', position: 41 },
      { name: 'Cards', slug: 'cards', position: 42 },
      { name: 'Stamps', slug: 'stamps', position: 43 },
      { name: 'Coins', slug: 'coins', position: 44 },
      { name: 'Maps', slug: 'maps', position: 45 },
    ];
    for (const s of sections) {
      await this.prisma.section.upsert({ where: { name: s.name }, update: {}, create: s });
    }
    return sections.length;
  }

  // one count per member of the schema's enum
  async countsByStatus() {
    const out: Record<string, number> = {};
    for (const status of Object.values(ListingStatus)) {
      out[status] = await this.prisma.listing.count({ where: { status } });
    }
    return out;
  }

  // one query per stored section: grows with the data
  async countsBySection() {
    const sections = await this.prisma.section.findMany();
    const out: Record<string, number> = {};
    for (const s of sections) {
      out[s.name] = await this.prisma.listing.count({ where: { sectionId: s.id } }); // expect: data/query-in-loop
    }
    return out;
  }
}

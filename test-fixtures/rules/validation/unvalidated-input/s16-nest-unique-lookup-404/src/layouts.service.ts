import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import { PrismaService } from './prisma.service';
import { UpdateLayoutDto } from './update-layout.dto';

type Layout = { kind: string; title: string; markup: string };

@Injectable()
export class LayoutsService {
  private readonly logger = new Logger(LayoutsService.name);
  private readonly cache = new Map<string, Layout>();
  private readonly inFlight = new Map<string, Promise<Layout>>();

  constructor(private readonly prisma: PrismaService) {}

  // a cached copy, else one load shared by concurrent callers; a kind no row has is a 404
  async byKind(kind: string): Promise<Layout> {
    const hit = this.cache.get(kind);
    if (hit) return hit;
    let loading = this.inFlight.get(kind);
    if (loading) return loading;
    loading = (async () => {
      try {
        const row = await this.prisma.layout.findUnique({ where: { kind } });
        if (!row) {
          throw new NotFoundException(`No layout ${kind}`);
        }
        this.cache.set(kind, row);
        return row;
      } finally {
        this.inFlight.delete(kind);
      }
    })();
    this.inFlight.set(kind, loading);
    return loading;
  }

  async change(kind: string, dto: UpdateLayoutDto) {
    this.logger.log(`Changing layout ${kind}`);
    await this.byKind(kind);
    const saved = await this.prisma.layout.update({ where: { kind }, data: dto });
    this.cache.set(kind, saved);
    return saved;
  }

  async preview(kind: string) {
    const layout = await this.byKind(kind);
    return { html: layout.markup.replace(/{{.+?}}/g, '[sample]') };
  }

  // no lookup first: the kind is written into a new row as it came
  async archive(kind: string) {
    await this.prisma.archivedLayout.create({ data: { label: `archived-${kind}` } });
    return { ok: true };
  }
}

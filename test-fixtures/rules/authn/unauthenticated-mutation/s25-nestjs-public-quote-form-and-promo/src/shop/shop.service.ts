import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { CACHE_MANAGER } from '@nestjs/cache-manager';
import { InjectQueue } from '@nestjs/bull';
import type { Cache } from 'cache-manager';
import type { Queue } from 'bull';
import { ContactDto, PromoCheckDto, QuoteDto } from './dto';

const RATES: Record<string, number> = { DE: 4.9, FR: 5.9, US: 12.5 };
const PROMOS: Record<string, { percent: number; minSubtotal: number }> = { WELCOME10: { percent: 10, minSubtotal: 20 } };

@Injectable()
export class ShopService {
  private readonly prices = new Map<string, number>([['p1', 10]]);

  constructor(
    @Inject(CACHE_MANAGER) private readonly cacheManager: Cache,
    @InjectQueue('mail') private readonly mailQueue: Queue,
  ) {}

  async queueContactMail(dto: ContactDto) {
    await this.mailQueue.add('contact', { to: 'shop@example.com', replyTo: dto.email, name: dto.name, text: dto.message });
    return { queued: true };
  }

  async quote(dto: QuoteDto) {
    const key = `quote:${dto.country}`;
    const cached = await this.cacheManager.get<number>(key);
    const base = cached ?? RATES[dto.country] ?? 20;
    if (cached === undefined) {
      await this.cacheManager.set(key, base, 600000);
    }
    return { price: base + Math.ceil(dto.weightGrams / 1000) };
  }

  checkPromo(dto: PromoCheckDto) {
    const promo = PROMOS[dto.code];
    if (!promo || dto.subtotal < promo.minSubtotal) return { valid: false };
    return { valid: true, discount: (dto.subtotal * promo.percent) / 100 };
  }

  setPrice(id: string, price: number) {
    if (!this.prices.has(id)) throw new NotFoundException();
    this.prices.set(id, price);
    return { id, price };
  }
}

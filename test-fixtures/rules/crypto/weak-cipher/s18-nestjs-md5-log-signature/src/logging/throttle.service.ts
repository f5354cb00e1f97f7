import { Injectable, Logger } from '@nestjs/common';
import { createHash } from 'crypto';

// repeats of the same line within a window are counted, not printed: the digest only names the line
@Injectable()
export class ThrottledLog {
  private readonly seen = new Map<string, number>();
  private readonly logger = new Logger('ops');

  private lineSignature(level: string, message: unknown, context?: string): string {
    const text = typeof message === 'string' ? message : JSON.stringify(message);
    const joined = `${level}:${context ?? ''}:${text}`;
    return createHash('md5').update(joined).digest('hex');
  }

  write(level: string, message: unknown, context?: string): void {
    const sig = this.lineSignature(level, message, context);
    const last = this.seen.get(sig) ?? 0;
    if (Date.now() - last < 10_000) return;
    this.seen.set(sig, Date.now());
    this.logger.log(String(message), context);
  }
}

import { Injectable } from '@nestjs/common';
import { timingSafeEqual } from 'crypto';

@Injectable()
export class FormTokenService {
  private readonly cookie = 'form-token';
  private readonly header = 'x-form-token';

  cookieName(): string {
    return this.cookie;
  }

  headerName(): string {
    return this.header;
  }

  matches(a: string, b: string): boolean {
    const x = Buffer.from(a);
    const y = Buffer.from(b);
    return x.length > 0 && x.length === y.length && timingSafeEqual(x, y);
  }
}

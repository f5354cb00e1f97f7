import { BadRequestException, Injectable } from '@nestjs/common';

const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

@Injectable()
export class FlagsService {
  private readonly flags: Record<string, Record<string, boolean>> = Object.create(null);
  private readonly options: Record<string, Record<string, boolean>> = {};

  // a null-prototype store: flags['__proto__'] is an ordinary key
  setFlag(tenant: string, flag: string, on: boolean) {
    this.flags[tenant] = this.flags[tenant] ?? Object.create(null);
    this.flags[tenant][flag] = on;
  }

  // reserved keys rejected before the write
  setOption(tenant: string, name: string, on: boolean) {
    if (RESERVED.has(tenant)) throw new BadRequestException('bad tenant');
    this.options[tenant] = this.options[tenant] ?? {};
    this.options[tenant][name] = on;
    return this.options[tenant];
  }
}

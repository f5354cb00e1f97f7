import { Injectable } from '@nestjs/common';

@Injectable()
export class FlagsService {
  private readonly flags: Record<string, Record<string, boolean>> = {};

  setFlag(tenant: string, flag: string, on: boolean) {
    this.flags[tenant] = this.flags[tenant] ?? {};
    this.flags[tenant][flag] = on; // expect: injection/prototype-pollution
    return this.flags[tenant];
  }
}

import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

@Injectable()
export class SettingsService {
  constructor(private readonly config: ConfigService) {}

  get prefix(): string {
    return this.config.get<string>('GLOBAL_PREFIX');
  }

  get versionHeader(): string {
    return this.config.getOrThrow<string>('VERSION_HEADER');
  }
}

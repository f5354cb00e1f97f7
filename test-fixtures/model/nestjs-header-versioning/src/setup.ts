import { INestApplication, ValidationPipe, VersioningType } from '@nestjs/common';
import helmet from 'helmet';
import { SettingsService } from './settings/settings.service';

export function setUp(app: INestApplication, settings: SettingsService): void {
  app.use(helmet());
  app.setGlobalPrefix(settings.prefix);
  // the version travels in a request header: paths carry none
  app.enableVersioning({ type: VersioningType.HEADER, header: settings.versionHeader });
  app.useGlobalPipes(new ValidationPipe());
}

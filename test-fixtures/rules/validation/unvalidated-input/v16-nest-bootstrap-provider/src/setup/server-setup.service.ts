import { INestApplication, Injectable, ValidationPipe } from '@nestjs/common';

@Injectable()
export class ServerSetupService {
  private installPipes(app: INestApplication): void {
    app.useGlobalPipes(
      new ValidationPipe({
        whitelist: true,
        forbidNonWhitelisted: true,
        transform: true,
      }),
    );
  }

  private installCors(app: INestApplication): void {
    app.enableCors({ origin: process.env.WEB_ORIGIN });
  }

  async prepare(app: INestApplication): Promise<void> {
    app.setGlobalPrefix('api');
    this.installPipes(app);
    this.installCors(app);
  }
}

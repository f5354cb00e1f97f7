import { Controller, Get, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';

@Controller('about')
class AboutController {
  constructor(private readonly config: ConfigService) {}

  @Get()
  about() {
    return { name: this.config.get<string>('APP_NAME') ?? 'attendance' };
  }
}

@Module({
  imports: [ConfigModule.forRoot({ isGlobal: true, envFilePath: ['.env.local', '.env'] })],
  controllers: [AboutController],
})
export class AppModule {}

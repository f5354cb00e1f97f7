import { Body, Controller, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ClientsRepository, ClientsService } from './clients.service';

@Controller('clients')
class ClientsController {
  constructor(private readonly clients: ClientsService) {}

  @Post()
  register(@Body('name') name: string) {
    return this.clients.register(name);
  }
}

@Module({ controllers: [ClientsController], providers: [ClientsService, ClientsRepository] })
class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  await app.listen(3000);
}
bootstrap();

import { Body, Controller, Get, Module, Param, Patch } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

@Controller('users')
class UsersController {
  @Get()
  list() {
    return [];
  }

  @Get(':id')
  one(@Param('id') id: string) {
    return { id };
  }

  @Patch(':id') // expect: api/openapi-drift
  update(@Param('id') id: string, @Body() body: Record<string, unknown>) {
    return { id, ...body };
  }
}

@Module({ controllers: [UsersController] })
class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.setGlobalPrefix('api');
  await app.listen(3000);
}
bootstrap();

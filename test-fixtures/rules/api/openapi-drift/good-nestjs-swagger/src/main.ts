import { Controller, Delete, Get, Module, Param } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

@Controller('users')
class UsersController {
  @Get()
  list() {
    return [];
  }

  @Delete(':id')
  remove(@Param('id') id: string) {
    return { id };
  }
}

@Module({ controllers: [UsersController] })
class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  const document = SwaggerModule.createDocument(app, new DocumentBuilder().setTitle('Users').build());
  SwaggerModule.setup('docs', app, document);
  await app.listen(3000);
}
bootstrap();

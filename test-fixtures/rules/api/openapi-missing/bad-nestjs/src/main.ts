import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApiProperty } from '@nestjs/swagger';

class CreateUserDto {
  @ApiProperty()
  email!: string;
}

@Controller('users')
class UsersController {
  @Get()
  list() {
    return [];
  }

  @Post()
  create(@Body() dto: CreateUserDto) {
    return dto;
  }
}

@Module({ controllers: [UsersController] })
class AppModule {}

async function bootstrap() {
  // decorators from @nestjs/swagger, but no SwaggerModule builds the document
  const app = await NestFactory.create(AppModule); // expect: api/openapi-missing
  await app.listen(3000);
}
bootstrap();

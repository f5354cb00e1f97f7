import { ValidationPipe } from '@nestjs/common';

// whitelist: a property with no class-validator decorator is removed; forbidNonWhitelisted: the request is refused instead
export const strictPipe = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
});

import { BadRequestException, ValidationPipe } from '@nestjs/common';

// the app's one validation pipe, shared by the HTTP module and the socket gateway
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new BadRequestException(errors.map((e) => ({ field: e.property, problems: e.constraints }))),
  });
}

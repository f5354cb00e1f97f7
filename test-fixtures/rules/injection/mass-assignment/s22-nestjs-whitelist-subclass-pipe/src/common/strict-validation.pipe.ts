import { ValidationPipe } from '@nestjs/common';

// the app's pipe: a ValidationPipe whose options its constructor hands to the parent
export class StrictValidationPipe extends ValidationPipe {
  constructor(verbose: boolean) {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      validationError: { target: verbose, value: verbose },
    });
  }
}

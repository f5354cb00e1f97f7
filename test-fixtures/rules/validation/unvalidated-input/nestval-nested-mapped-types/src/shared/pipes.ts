import { ValidationPipe } from '@nestjs/common';

export const strictPipe = new ValidationPipe({ whitelist: true, transform: true });

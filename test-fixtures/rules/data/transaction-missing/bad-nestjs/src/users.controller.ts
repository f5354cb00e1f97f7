import { Body, Controller, Post } from '@nestjs/common';
import { UsersService } from './users.service';

@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  register(@Body() body: { email: string }) {
    return this.users.register(body.email);
  }

  @Post('safe')
  registerSafely(@Body() body: { email: string }) {
    return this.users.registerSafely(body.email);
  }
}

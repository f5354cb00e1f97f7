import { Body, Controller, Post } from '@nestjs/common';
import { UsersService } from './users.service';

@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post('reset')
  async reset(@Body('token') token: string) {
    const user = await this.users.byResetToken(token);
    return { found: !!user };
  }

  @Post('lookup')
  async lookup(@Body('email') email: string) {
    return this.users.byEmail(email);
  }
}

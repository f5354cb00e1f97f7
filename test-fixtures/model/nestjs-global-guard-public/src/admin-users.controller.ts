import { Controller, Delete, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Roles, RolesGuard } from './auth/roles.guard';

const users = [
  { id: 1, email: 'ada@example.com', suspended: false },
  { id: 2, email: 'grace@example.com', suspended: false },
];

// Runs after the global JwtAuthGuard: global guards, then controller guards, then method guards.
@UseGuards(RolesGuard)
@Roles('admin')
@Controller('admin/users')
export class AdminUsersController {
  @Get()
  list() {
    return users;
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@Param('id') id: string) {
    const index = users.findIndex((u) => u.id === Number(id));
    if (index >= 0) users.splice(index, 1);
  }

  @UseGuards(ThrottlerGuard)
  @Post(':id/suspend')
  suspend(@Param('id') id: string) {
    const user = users.find((u) => u.id === Number(id));
    if (user) user.suspended = true;
    return user ?? null;
  }
}

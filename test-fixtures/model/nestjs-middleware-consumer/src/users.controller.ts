import { Body, Controller, Get, Param, Patch } from '@nestjs/common';

interface User {
  id: number;
  name: string;
  email: string;
}

const users: User[] = [{ id: 1, name: 'Ada', email: 'ada@example.com' }];

@Controller('users')
export class UsersController {
  @Get()
  list() {
    return users;
  }

  // Excluded from AuthMiddleware.
  @Get('public')
  directory() {
    return users.map(({ id, name }) => ({ id, name }));
  }

  @Get(':id')
  findOne(@Param('id') id: string) {
    return users.find((u) => u.id === Number(id)) ?? null;
  }

  @Patch(':id')
  update(
    @Param('id') id: string,
    @Body() body: { name?: string }, // expect: validation/unvalidated-input
  ) {
    const user = users.find((u) => u.id === Number(id));
    if (user && body.name) user.name = body.name;
    return user ?? null;
  }
}

import { Controller, Get, Module } from '@nestjs/common';

@Controller('tasks')
export class TasksController {
  @Get()
  list() {
    return [];
  }
}

@Module({ controllers: [TasksController] })
export class AppModule {}

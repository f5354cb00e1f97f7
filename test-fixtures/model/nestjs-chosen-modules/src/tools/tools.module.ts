import { Controller, Get, Module } from '@nestjs/common';

@Controller('tools')
export class ToolsController {
  @Get('version')
  version() {
    return { version: '1.4.2' };
  }
}

@Module({ controllers: [ToolsController] })
export class ToolsModule {}

@Module({})
export class NoToolsModule {}

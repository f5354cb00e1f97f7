import { Body, Controller, Get, Param, Post, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { LayoutsService } from './layouts.service';
import { UpdateLayoutDto } from './update-layout.dto';

@Controller('layouts')
@UseGuards(AuthGuard('jwt'))
export class LayoutsController {
  constructor(private readonly layouts: LayoutsService) {}

  @Get(':kind')
  show(@Param('kind') kind: string) {
    return this.layouts.byKind(kind);
  }

  @Post(':kind')
  change(@Param('kind') kind: string, @Body() dto: UpdateLayoutDto) {
    return this.layouts.change(kind, dto);
  }

  @Post(':kind/preview')
  preview(@Param('kind') kind: string) {
    return this.layouts.preview(kind);
  }

  @Post(':kind/archive')
  archive(@Param('kind') kind: string) { // expect: validation/unvalidated-input
    return this.layouts.archive(kind);
  }
}

import { Controller, Get } from '@nestjs/common';
import { SignedInResource } from './crud';

@Controller('shapes')
export class ShapesController extends SignedInResource {
  @Get()
  list() {
    return ['circle'];
  }
}

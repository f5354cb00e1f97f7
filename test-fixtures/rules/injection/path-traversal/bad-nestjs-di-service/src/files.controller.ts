import { Controller, Delete, Get, Param } from '@nestjs/common';
import { FilesService } from './files.service';

@Controller('files')
export class FilesController {
  constructor(private readonly files: FilesService) {}

  @Get(':name')
  read(@Param('name') name: string) {
    return this.files.read(name);
  }

  @Delete(':name')
  remove(@Param('name') name: string) {
    return this.files.remove(name);
  }
}

import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { createReadStream } from 'fs';
import { join } from 'path';
import { AuditGuard } from './audit.guard';
import { ItemExistsGuard, ItemReaderGuard } from './item-exists.guard';

const STORAGE = process.env.STORAGE_DIR ?? '/var/items';

@Controller('items')
export class ItemsController {
  @Get(':itemId/archive')
  @UseGuards(ItemExistsGuard)
  archive(@Param('itemId') itemId: string) {
    return createReadStream(join(STORAGE, itemId, 'archive.zip'));
  }

  @Get(':id/cover')
  @UseGuards(ItemReaderGuard)
  cover(@Param('id') id: string) {
    return createReadStream(join(STORAGE, id, 'cover.png'));
  }

  // the guard checks the item, not the file name beside it
  @Get(':id/files/:fileName')
  @UseGuards(ItemExistsGuard)
  file(@Param('id') id: string, @Param('fileName') fileName: string) { // expect: validation/unvalidated-input
    return createReadStream(join(STORAGE, id, fileName));
  }

  @Get(':id/raw')
  @UseGuards(AuditGuard)
  raw(@Param('id') id: string) { // expect: validation/unvalidated-input
    return createReadStream(join(STORAGE, id, 'raw.bin'));
  }
}

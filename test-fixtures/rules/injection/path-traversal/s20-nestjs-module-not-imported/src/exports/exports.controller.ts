import { Body, Controller, Post } from '@nestjs/common';
import { writeFile } from 'fs/promises';
import { join } from 'path';

// declared by ExportsModule, whose import the root module has commented out
@Controller('exports')
export class ExportsController {
  @Post()
  async save(@Body() body: { folder: string; csv: string }) {
    await writeFile(join('/var/exports', body.folder, 'out.csv'), body.csv);
    return { saved: true };
  }
}

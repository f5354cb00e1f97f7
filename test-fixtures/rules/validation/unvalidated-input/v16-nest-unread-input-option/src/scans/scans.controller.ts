import { Body, Controller, Post, Query, UploadedFile } from '@nestjs/common';
import { ReadScanDto } from './scan.dto';
import { ReadScanUseCase } from './read-scan.use-case';
import { ScanStore } from './scan.store';

@Controller('scans')
export class ScansController {
  constructor(
    private readonly readScan: ReadScanUseCase,
    private readonly store: ScanStore,
  ) {}

  private pickOwner(queryOwner?: string, bodyOwner?: string): string | null {
    if (queryOwner) return queryOwner;
    if (bodyOwner) return bodyOwner;
    return null;
  }

  // the owner rides along in the input object; run() never reads it
  @Post('read')
  async read(
    @UploadedFile() file: { buffer: Buffer; originalname: string },
    @Body() dto: ReadScanDto,
    @Query('ownerId') queryOwner?: string,
  ) {
    const ownerId = this.pickOwner(queryOwner, dto.ownerId);
    return this.readScan.run({ bytes: file.buffer, name: file.originalname, locale: dto.locale, ownerId });
  }

  // here the owner is stored as it came
  @Post('keep')
  async keep(
    @UploadedFile() file: { buffer: Buffer; originalname: string },
    @Body() dto: ReadScanDto,
    @Query('ownerId') queryOwner?: string, // expect: validation/unvalidated-input[warning]
  ) {
    const ownerId = this.pickOwner(queryOwner, dto.ownerId);
    return this.store.keep(file.originalname, file.buffer.toString('utf8'), ownerId);
  }
}

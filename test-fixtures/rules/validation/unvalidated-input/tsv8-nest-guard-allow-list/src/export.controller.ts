import { Controller, Get, Param, Res, UseGuards } from '@nestjs/common';
import { KnownFormatGuard, LaxFormatGuard, ListedFormatGuard, OfferedFormatGuard } from './format.guards';

@Controller('exports')
export class ExportController {
  @Get('offered/:format')
  @UseGuards(OfferedFormatGuard)
  offered(@Param('format') format: string, @Res() res: any) {
    res.attachment(`report.${format}`);
    res.send(`report as ${format}`);
  }

  @Get('known/:format')
  @UseGuards(KnownFormatGuard)
  known(@Param('format') format: string, @Res() res: any) {
    res.attachment(`report.${format}`);
    res.send(`report as ${format}`);
  }

  @Get('listed/:format')
  @UseGuards(ListedFormatGuard)
  listed(@Param('format') format: string, @Res() res: any) {
    res.attachment(`report.${format}`);
    res.send(`report as ${format}`);
  }

  @Get('lax/:format')
  @UseGuards(LaxFormatGuard)
  lax(@Param('format') format: string, @Res() res: any) { // expect: validation/unvalidated-input
    res.attachment(`report.${format}`);
    res.send(`report as ${format}`);
  }

  @Get('open/:format')
  open(@Param('format') format: string, @Res() res: any) { // expect: validation/unvalidated-input
    res.attachment(`report.${format}`);
    res.send(`report as ${format}`);
  }
}

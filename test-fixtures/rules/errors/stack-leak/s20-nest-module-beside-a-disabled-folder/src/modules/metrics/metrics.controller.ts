import { Controller, Get, Res } from '@nestjs/common';

@Controller('metrics')
export class MetricsController {
  @Get('slow-queries')
  async slow(@Res() res: any) {
    try {
      res.json(await this.collect());
    } catch (err: any) {
      res.status(500).json({ message: err.message, stack: err.stack }); // expect: errors/stack-leak
    }
  }

  private async collect() {
    return [];
  }
}

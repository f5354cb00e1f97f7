import { Controller, Get, Param } from '@nestjs/common';

// the same link answered by an HTTP route: Nest sends the string as text/html
@Controller('traces')
export class TracesController {
  @Get(':traceId/link')
  link(@Param('traceId') traceId: string) { // expect: injection/xss
    return `<a href="${process.env.TRACES_HOST}/trace/${traceId}">open</a>`;
  }
}

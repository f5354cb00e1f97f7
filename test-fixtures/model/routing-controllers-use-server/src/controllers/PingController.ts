import { Controller, Get } from 'routing-controllers';

@Controller('/ping')
export class PingController {
  @Get()
  ping() {
    return 'pong';
  }
}

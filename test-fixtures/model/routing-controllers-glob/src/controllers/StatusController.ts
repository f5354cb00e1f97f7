import { Controller, Get } from 'routing-controllers';

@Controller()
export class StatusController {
  @Get('/status')
  status() {
    return 'ok';
  }
}

import { Controller, CurrentUser, Get } from 'routing-controllers';

@Controller()
export class StatusController {
  @Get('/status')
  status() {
    return 'ok';
  }

  // the currentUserChecker rejects requests without a valid token
  @Get('/whoami')
  whoami(@CurrentUser() user: unknown) {
    return user;
  }
}

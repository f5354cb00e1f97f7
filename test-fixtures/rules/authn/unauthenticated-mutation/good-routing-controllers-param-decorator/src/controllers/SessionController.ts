import { JsonController, Post } from 'routing-controllers';
import { Caller } from '../decorators/Caller';

@JsonController('/session')
export class SessionController {
  // tells the client whether its token is still good: reads the caller through a project decorator, changes nothing
  @Post('/check')
  check(@Caller() caller: unknown) {
    return { authenticated: !!caller };
  }
}

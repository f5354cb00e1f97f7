import { Container } from 'inversify';
import { AccountController } from './account.controller';
import { AccountService } from './account.service';

const iocContainer = new Container();
iocContainer.bind<AccountService>(AccountService).toSelf().inSingletonScope();
iocContainer.bind<AccountController>(AccountController).toSelf();

export { iocContainer };

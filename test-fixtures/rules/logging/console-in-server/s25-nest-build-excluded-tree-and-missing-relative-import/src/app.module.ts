import { Module } from '@nestjs/common';
import { InboxModule } from './modules/inbox/inbox.module';

@Module({ imports: [InboxModule] })
export class AppModule {}

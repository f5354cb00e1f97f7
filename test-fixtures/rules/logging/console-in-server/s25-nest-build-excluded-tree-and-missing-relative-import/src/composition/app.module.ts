import { Module } from '@nestjs/common';
import { SyncMailboxHandler } from '../core/application/sync-mailbox.handler';

// the composition root of the rewrite, wired by nothing the build compiles
@Module({ providers: [SyncMailboxHandler] })
export class CompositionModule {}

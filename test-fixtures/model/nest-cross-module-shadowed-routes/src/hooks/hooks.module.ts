import { Module } from '@nestjs/common';
import { CardHooksController } from './card-hooks.controller';

@Module({ controllers: [CardHooksController] })
export class HooksModule {}

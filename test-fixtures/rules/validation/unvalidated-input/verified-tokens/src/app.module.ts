import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { DraftsController, LinksController } from './links.controller';
import { LinkTokens } from './tokens';

@Module({
  imports: [JwtModule.register({ secret: process.env.LINK_SECRET })],
  controllers: [LinksController, DraftsController],
  providers: [LinkTokens],
})
export class AppModule {}

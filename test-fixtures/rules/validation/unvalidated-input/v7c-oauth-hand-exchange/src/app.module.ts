import { Module } from '@nestjs/common';
import { HttpModule } from '@nestjs/axios';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Member } from './member.entity';
import { LoginController } from './login.controller';
import { GoogleTokens } from './google-tokens.service';

@Module({
  imports: [
    HttpModule,
    JwtModule.register({ secret: process.env.JWT_SECRET }),
    TypeOrmModule.forRoot({ type: 'postgres', url: process.env.DATABASE_URL, entities: [Member] }),
    TypeOrmModule.forFeature([Member]),
  ],
  controllers: [LoginController],
  providers: [GoogleTokens],
})
export class AppModule {}

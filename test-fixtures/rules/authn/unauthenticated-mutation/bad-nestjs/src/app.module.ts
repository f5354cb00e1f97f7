import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { JwtStrategy } from './auth/jwt.strategy';
import { PostsController } from './posts/posts.controller';
import { PostsService } from './posts/posts.service';

@Module({
  imports: [PassportModule],
  controllers: [PostsController],
  providers: [JwtStrategy, PostsService],
})
export class AppModule {}

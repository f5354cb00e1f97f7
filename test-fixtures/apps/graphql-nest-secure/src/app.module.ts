import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import depthLimit from 'graphql-depth-limit';
import { RecipesResolver } from './recipes/recipes.resolver';
import { RecipesService } from './recipes/recipes.service';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { JwtStrategy } from './auth/jwt.strategy';
import { GqlAuthGuard } from './auth/gql-auth.guard';
import { GqlThrottlerGuard } from './auth/gql-throttler.guard';
import { HealthController } from './health.controller';
import { config } from './config';

@Module({
  imports: [
    GraphQLModule.forRoot<ApolloDriverConfig>({
      driver: ApolloDriver,
      autoSchemaFile: true,
      context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
      validationRules: [depthLimit(8)],
    }),
    ThrottlerModule.forRoot([{ ttl: 60_000, limit: 100 }]),
    JwtModule.register({ secret: config.JWT_SECRET, signOptions: { expiresIn: '15m', algorithm: 'HS256' } }),
  ],
  controllers: [HealthController],
  providers: [
    RecipesResolver,
    RecipesService,
    AuthResolver,
    AuthService,
    JwtStrategy,
    { provide: APP_GUARD, useClass: GqlThrottlerGuard },
    // every operation requires a valid access token unless it is marked @Public()
    { provide: APP_GUARD, useClass: GqlAuthGuard },
  ],
})
export class AppModule {}

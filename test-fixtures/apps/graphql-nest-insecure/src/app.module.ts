import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { JwtModule } from '@nestjs/jwt';
import { RecipesResolver } from './recipes/recipes.resolver';
import { RecipesService } from './recipes/recipes.service';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { JwtStrategy } from './auth/jwt.strategy';

@Module({
  imports: [
    GraphQLModule.forRoot<ApolloDriverConfig>({ // expect: graphql/no-depth-limit
      driver: ApolloDriver,
      autoSchemaFile: true,
      playground: true,
      introspection: true, // expect: graphql/introspection-enabled
      debug: true, // expect: graphql/error-details-leak
    }),
    JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '15m' } }), // expect: config/env-undocumented
  ],
  providers: [RecipesResolver, RecipesService, AuthResolver, AuthService, JwtStrategy],
})
export class AppModule {}

import { Controller, Get, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';

@Controller('exports')
export class ExportsController {
  @Get()
  list() {
    return [];
  }
}

// Nest 6 drives apollo-server-express 2, whose middleware serves /.well-known/apollo/server-health
@Module({
  imports: [
    GraphQLModule.forRoot({
      typePaths: ['./**/*.graphql'],
      onHealthCheck: () => Promise.resolve(),
    }),
  ],
  controllers: [ExportsController],
})
export class AppModule {}

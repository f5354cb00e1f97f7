import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { AuthMiddleware } from './auth.middleware';
import { OrdersController } from './orders.controller';
import { UsersController } from './users.controller';

@Module({
  controllers: [UsersController, OrdersController],
})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer) {
    // AuthMiddleware runs on POST /api/orders (that exact path and method only) and on every
    // route of UsersController except /api/users/public.
    consumer
      .apply(AuthMiddleware)
      .exclude('users/public')
      .forRoutes({ path: 'orders', method: RequestMethod.POST }, UsersController);
  }
}

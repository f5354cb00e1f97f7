import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthService } from './auth.service';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => String) // expect: graphql/batching-unbounded
  login(@Args('email') email: string, @Args('password') password: string) {
    return this.auth.login(email, password);
  }
}

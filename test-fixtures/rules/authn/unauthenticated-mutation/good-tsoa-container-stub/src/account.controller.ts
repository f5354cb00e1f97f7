import { inject, injectable } from 'inversify';
import { Controller, Delete, Path, Post, Route, Security } from 'tsoa';
import { AccountService } from './account.service';

@injectable()
@Route('account')
export class AccountController extends Controller {
  constructor(@inject(AccountService) private accounts: AccountService) {
    super();
  }

  @Post('forgot-password')
  public async forgotPassword(): Promise<void> {
    return this.accounts.mailNewPassword();
  }

  @Security('jwt')
  @Delete('recipes/{id}')
  public async deleteMine(@Path() id: string) {
    return this.accounts.dropRecipe(id);
  }

  @Delete('shared-recipes/{id}')
  public async deleteShared(@Path() id: string) {
    return this.accounts.dropRecipe(id);
  }
}

import { injectable } from 'inversify';

const recipes = new Map<string, string>();

@injectable()
export class AccountService {
  // not written yet: the generated route exists, the feature does not
  mailNewPassword(): Promise<void> {
    throw new Error('not implemented');
  }

  async dropRecipe(id: string) {
    recipes.delete(id);
  }
}

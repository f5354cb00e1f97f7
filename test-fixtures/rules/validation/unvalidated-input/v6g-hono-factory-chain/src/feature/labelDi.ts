import { newLabelHandler } from './labelHandler';
import { newLabelRepository } from './labelRepository';
import { newLabelUsecase } from './labelUsecase';

export function resolveLabelHandler(c: { env: { DB: unknown } }) {
  const repo = newLabelRepository(c.env.DB);
  const uc = newLabelUsecase(repo);
  return newLabelHandler(uc);
}

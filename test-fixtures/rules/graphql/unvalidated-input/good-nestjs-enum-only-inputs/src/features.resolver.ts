import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { FeatureToggleInput, LabelInput, SettingInput } from './feature.input';

const state = new Map<string, string>();

@Resolver()
export class FeaturesResolver {
  @Mutation(() => Boolean)
  toggleFeatures(@Args({ name: 'toggles', type: () => [FeatureToggleInput] }) toggles: FeatureToggleInput[]) {
    for (const t of toggles) state.set(t.feature, t.toggle);
    return true;
  }

  @Mutation(() => Boolean)
  saveSettings(@Args({ name: 'settings', type: () => [SettingInput] }) settings: SettingInput[]) {
    for (const s of settings) state.set(s.feature, s.note);
    return true;
  }

  @Mutation(() => Boolean) // expect: graphql/unvalidated-input
  addLabels(@Args({ name: 'labels', type: () => [LabelInput] }) labels: LabelInput[]) {
    for (const l of labels) state.set(l.text, l.text);
    return true;
  }
}

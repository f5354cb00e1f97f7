import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ListDeliveriesArgs, RegisterWebhookInput } from './webhook.input';

interface Hook { id: string; targetUrl: string; events: string[]; secret?: string }
const hooks: Hook[] = [];

@Resolver()
export class WebhooksResolver {
  @Mutation(() => String)
  registerWebhook(@Args('input') input: RegisterWebhookInput) {
    const id = `wh_${hooks.length + 1}`;
    hooks.push({ id, ...input });
    return id;
  }

  @Query(() => [String])
  deliveries(@Args() args: ListDeliveriesArgs) {
    return hooks.filter((h) => !args.webhookId || h.id === args.webhookId).slice(0, args.take ?? 50).map((h) => h.targetUrl);
  }

  @Query(() => String, { nullable: true })
  webhook(@Args('id') id: string) {
    return hooks.find((h) => h.id === id)?.targetUrl ?? null;
  }
}

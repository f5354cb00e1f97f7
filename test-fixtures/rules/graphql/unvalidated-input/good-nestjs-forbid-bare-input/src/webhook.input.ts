import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';

// no class-validator decorator: under the whitelisting pipe no property of these classes is accepted
@InputType()
export class RegisterWebhookInput {
  @Field() targetUrl: string;
  @Field(() => [String]) events: string[];
  @Field({ nullable: true }) secret?: string;
}

@InputType()
export class DeliveryFilter {
  @Field({ nullable: true }) status?: string;
}

@ArgsType()
export class ListDeliveriesArgs {
  @Field({ nullable: true }) webhookId?: string;
  @Field(() => DeliveryFilter, { nullable: true }) filter?: DeliveryFilter;
  @Field(() => Int, { nullable: true }) take?: number;
}

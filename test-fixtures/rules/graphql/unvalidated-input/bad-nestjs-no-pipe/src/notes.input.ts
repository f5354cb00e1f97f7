import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';

@InputType()
export class CreateNoteInput {
  @Field() heading: string;
  @Field() text: string;
}

@ArgsType()
export class SearchNotesArgs {
  @Field({ nullable: true }) phrase?: string;
  @Field(() => Int, { nullable: true }) limit?: number;
}

import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CreateNoteInput, SearchNotesArgs } from './notes.input';

const notes: CreateNoteInput[] = [];

@Resolver()
export class NotesResolver {
  // no pipe anywhere: the values arrive as sent, only shaped by the GraphQL types
  @Query(() => [String]) // expect: graphql/unvalidated-input
  searchNotes(@Args() args: SearchNotesArgs) {
    return notes.filter((n) => !args.phrase || n.text.includes(args.phrase)).slice(0, args.limit ?? 20).map((n) => n.heading);
  }

  @Mutation(() => Boolean) // expect: graphql/unvalidated-input
  createNote(@Args('input') input: CreateNoteInput) {
    notes.push(input);
    return true;
  }
}

import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

// the GraphQL type is named Memo: the generated operations are memo, memos, createOneMemo...
@Entity()
@ObjectType('Memo')
export class Note {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id!: string;

  @Column()
  @Field()
  text!: string;
}

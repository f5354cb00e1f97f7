import { Column, Entity, ObjectId, ObjectIdColumn } from 'typeorm';

@Entity()
export class Tag {
  @ObjectIdColumn() _id: ObjectId;
  @Column() label: string;
}

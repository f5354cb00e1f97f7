import { Column, Entity, JoinTable, ManyToMany, PrimaryGeneratedColumn } from 'typeorm';

@Entity()
export class Group {
  @PrimaryGeneratedColumn() id: number;
  @Column() name: string;
}

@Entity()
export class Member {
  @PrimaryGeneratedColumn() id: number;
  @Column() handle: string;
  @Column({ nullable: true }) tags: string;
  @ManyToMany(() => Group) @JoinTable() groups: Group[];
}

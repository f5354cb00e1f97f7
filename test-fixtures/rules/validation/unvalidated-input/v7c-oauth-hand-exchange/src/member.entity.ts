import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum Provider {
  Password = 'password',
  Google = 'google',
}

@Entity()
export class Member {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() email!: string;
  @Column({ nullable: true }) lastCode?: string;
  @Column({ default: Provider.Password }) provider!: Provider;
}

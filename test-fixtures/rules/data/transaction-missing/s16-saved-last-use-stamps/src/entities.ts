import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity()
export class User {
  @PrimaryGeneratedColumn() id: number;
  @Column() email: string;
  @Column({ nullable: true }) lastLoginAt: Date;
  @Column({ default: 0 }) logins: number;
}

@Entity()
export class Device {
  @PrimaryGeneratedColumn() id: number;
  @Column() userId: number;
  @Column() fingerprint: string;
  @Column({ nullable: true }) lastUsedAt: Date;
  @Column({ nullable: true }) label: string;
}

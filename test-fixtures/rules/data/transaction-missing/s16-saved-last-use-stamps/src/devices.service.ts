import { Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Device, User } from './entities';

@Injectable()
export class DevicesService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Device) private readonly devicesRepo: Repository<Device>,
  ) {}

  // both writes are last-use stamps: true whether or not the other one lands
  async signInWithDevice(userId: number, fingerprint: string) {
    const device = await this.devicesRepo.findOne({ where: { userId, fingerprint } });
    if (!device) throw new UnauthorizedException();
    device.lastUsedAt = new Date();
    await this.devicesRepo.save(device);
    await this.touchLogin(userId);
    return { trusted: true };
  }

  // the device's label is real data: the rename and the login count belong together
  async renameAndSignIn(userId: number, fingerprint: string, label: string) {
    const device = await this.devicesRepo.findOne({ where: { userId, fingerprint } });
    if (!device) throw new UnauthorizedException();
    device.label = label;
    device.lastUsedAt = new Date();
    await this.devicesRepo.save(device); // expect: data/transaction-missing
    const user = await this.users.findOne({ where: { id: userId } });
    if (!user) throw new UnauthorizedException();
    user.logins = user.logins + 1;
    await this.users.save(user);
    return { label };
  }

  private async touchLogin(userId: number) {
    const user = await this.users.findOne({ where: { id: userId } });
    if (!user) throw new UnauthorizedException();
    user.lastLoginAt = new Date();
    await this.users.save(user);
  }
}

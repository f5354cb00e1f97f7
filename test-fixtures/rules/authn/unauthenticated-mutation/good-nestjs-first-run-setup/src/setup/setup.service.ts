import { ForbiddenException, Injectable } from '@nestjs/common';
import * as bcrypt from 'bcrypt';
import { Store } from './store';

export class InstallDto {
  spaceName!: string;
  email!: string;
  password!: string;
  installKey?: string;
}

@Injectable()
export class SetupService {
  constructor(private readonly store: Store) {}

  async createFirstSpace(dto: InstallDto) {
    const hash = await bcrypt.hash(dto.password, 12);
    const space = await this.store.space.create({ data: { name: dto.spaceName } });
    await this.store.user.create({ data: { email: dto.email, hash, spaceId: space.id, role: 'ADMIN' } });
    return { id: space.id };
  }

  // another tenant later on needs the install key from the environment; the very first one needs none
  async addTenant(dto: InstallDto) {
    const keyOk = !!process.env.INSTALL_KEY && dto.installKey === process.env.INSTALL_KEY;
    const tenants = await this.store.space.count();
    const fresh = tenants === 0;
    if (!keyOk && !fresh) {
      throw new ForbiddenException('only the first tenant can be created without the install key');
    }
    const hash = await bcrypt.hash(dto.password, 12);
    const space = await this.store.space.create({ data: { name: dto.spaceName } });
    await this.store.user.create({ data: { email: dto.email, hash, spaceId: space.id, role: 'ADMIN' } });
    return { id: space.id };
  }
}

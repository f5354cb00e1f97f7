import { DeviceController } from './DeviceController';
import { PingController } from './PingController';

export const controllers = [DeviceController, PingController];

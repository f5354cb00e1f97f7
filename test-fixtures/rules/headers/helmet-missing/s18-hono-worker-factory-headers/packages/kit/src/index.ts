export { buildWorker } from './factory';

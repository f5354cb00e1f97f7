export { strictPipe } from './pipes';

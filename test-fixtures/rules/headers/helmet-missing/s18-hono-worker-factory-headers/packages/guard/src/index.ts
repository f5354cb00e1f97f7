export { responseHeaders } from './headers';

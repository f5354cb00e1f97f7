import { newApp } from '../factory';

const reports = newApp();
reports.get('/daily', (c) => c.json([]));
export default reports;

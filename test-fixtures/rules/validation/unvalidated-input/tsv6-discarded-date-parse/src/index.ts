import express from 'express';
import { ReportController } from './controllers/reportController';

const app = express();
app.get('/reports/summary', ReportController.summary);
app.get('/reports/export', ReportController.exportRows);
app.get('/reports/audit', ReportController.audit);
app.get('/reports/recent', ReportController.recent);
app.listen(3000);

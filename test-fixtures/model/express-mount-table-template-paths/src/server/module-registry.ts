import { Express } from 'express';
import { env } from '../env';
import statusRoutes from '../routes/status.routes';
import voucherRoutes from '../routes/voucher.routes';
import ledgerRoutes from '../routes/ledger.routes';
import refundRoutes from '../routes/refund.routes';
import merchantRoutes from '../routes/merchant.routes';
import reportRoutes from '../routes/report.routes';

// every area is mounted under the versioned prefix, built from configuration
const V = `/api/${env.API_VERSION}`;

const MOUNTS = [
  { path: '/status', router: statusRoutes },
  { path: `${V}/vouchers`, router: voucherRoutes },
  { path: `${V}/ledger`, router: ledgerRoutes },
  { path: `${V}/refunds`, router: refundRoutes },
  { path: `${V}/merchants`, router: merchantRoutes },
  { path: `${V}/reports`, router: reportRoutes },
];

export function mountAll(app: Express): void {
  for (const { path, router } of MOUNTS) {
    app.use(path, router);
  }
}

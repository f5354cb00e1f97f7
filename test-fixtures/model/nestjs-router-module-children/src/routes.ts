import { Routes } from '@nestjs/core';
import { AdminModule } from './admin/admin.module';
import { AuditModule } from './audit/audit.module';
import { StaffModule } from './staff/staff.module';

// the back office lives under /backoffice: the audit module takes its parent's path, staff gets its own
export const backOfficeRoutes: Routes = [
  {
    path: 'backoffice',
    module: AdminModule,
    children: [AuditModule, { path: 'staff', module: StaffModule }],
  },
];

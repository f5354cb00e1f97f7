import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export class EmployeeRepository {
  static async findInTenant(tenantId: string, employeeId: string) {
    const employee = await prisma.employee.findFirst({ where: { id: employeeId, tenantId } });
    if (!employee) throw new Error('Employee not found');
    return employee;
  }

  // the record is looked up inside the caller's tenant first: one of another tenant is not found
  static async rename(tenantId: string, employeeId: string, firstName: string) {
    await this.findInTenant(tenantId, employeeId);
    return prisma.employee.update({ where: { id: employeeId }, data: { firstName } });
  }

  // no tenant anywhere: any signed-in caller reaches any employee
  static async deactivate(employeeId: string) {
    return prisma.employee.update({ where: { id: employeeId }, data: { isActive: false } }); // expect: authn/missing-ownership-check
  }
}

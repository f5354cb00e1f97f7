import swaggerJsdoc from 'swagger-jsdoc';

// swagger-jsdoc reads these files for their @openapi comments; it never loads them
export const spec = swaggerJsdoc({
  definition: { openapi: '3.0.0', info: { title: 'Clinic API', version: '1.0.0' } },
  apis: ['./src/routes/*.ts', './src/controllers/**/*.ts'],
});

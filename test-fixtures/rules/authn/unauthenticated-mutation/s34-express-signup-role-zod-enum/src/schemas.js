const { z } = require('zod');

const SignUpSchema = z.object({
  body: z.object({
    email: z.string().email(),
    password: z.string().min(8),
    role: z.enum(['SHOPPER', 'STALL_KEEPER']).optional(),
    stallName: z.string().optional(),
  }).refine((b) => b.role !== 'STALL_KEEPER' || !!b.stallName, { message: 'A stall keeper names the stall', path: ['stallName'] }),
});

const StaffSchema = z.object({
  body: z.object({
    email: z.string().email(),
    password: z.string().min(8),
    role: z.enum(['STALL_KEEPER', 'ADMIN']),
  }),
});

module.exports = { SignUpSchema, StaffSchema };

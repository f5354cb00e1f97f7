export const createEntrySchema = {
  body: {
    type: 'object',
    properties: {
      name: { type: 'string', minLength: 1, maxLength: 50 },
      message: { type: 'string', minLength: 1, maxLength: 2000 },
    },
    required: ['name', 'message'],
  },
};

export const updateEntrySchema = {
  body: {
    type: 'object',
    properties: { message: { type: 'string', minLength: 1, maxLength: 2000 } },
    required: ['message'],
    additionalProperties: false,
  },
};

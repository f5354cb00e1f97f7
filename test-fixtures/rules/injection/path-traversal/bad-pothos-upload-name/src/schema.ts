import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import SchemaBuilder from '@pothos/core';

const builder = new SchemaBuilder<{ Scalars: { File: { Input: File; Output: never } } }>({});
builder.scalarType('File', { serialize: () => { throw new Error('input only'); } });

builder.queryType({ fields: (t) => ({ ok: t.boolean({ resolve: () => true }) }) });

builder.mutationFields((t) => ({
  saveAvatar: t.boolean({
    args: { file: t.arg({ type: 'File', required: true }) },
    async resolve(_root, args) {
      const target = path.join(process.cwd(), 'uploads', args.file.name);
      await writeFile(target, Buffer.from(await args.file.arrayBuffer())); // expect: injection/path-traversal
      return true;
    },
  }),
  saveBanner: t.boolean({
    args: { file: t.arg({ type: 'File', required: true }) },
    async resolve(_root, args) {
      const target = path.join(process.cwd(), 'uploads', path.basename(args.file.name));
      await writeFile(target, Buffer.from(await args.file.arrayBuffer()));
      return true;
    },
  }),
}));

export const schema = builder.toSchema();

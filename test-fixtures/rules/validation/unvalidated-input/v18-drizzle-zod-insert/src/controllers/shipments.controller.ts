import { Request, Response } from 'express';
import { eq } from 'drizzle-orm';
import { db } from '../db';
import { insertShipmentSchema, shipments } from '../db/schema';

export const shipmentsController = {
  async create(req: Request, res: Response) {
    try {
      const { dockId, carrier, trailerPlate, cargo } = req.body;
      const data = {
        dockId,
        carrier,
        trailerPlate,
        cargo,
        createdBy: Number(req.headers['x-user-id']),
      };
      const valid = insertShipmentSchema.parse(data);
      const [row] = await db.insert(shipments).values(valid).returning();
      res.status(201).json(row);
    } catch (error) {
      res.status(400).json({ error: 'invalid shipment' });
    }
  },

  // the note is written beside the parsed fields, outside the object the schema saw
  async relabel(req: Request, res: Response) {
    const { carrier, note } = req.body; // expect: validation/unvalidated-input
    const valid = insertShipmentSchema.partial().parse({ carrier });
    await db.update(shipments).set({ carrier: valid.carrier, trailerPlate: note }).where(eq(shipments.id, Number(req.params.id)));
    res.json({ ok: true });
  },
};

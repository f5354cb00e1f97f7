// Generated from the OpenAPI document by orval, then committed so the API can import it without a build step.
import { z as zod } from 'zod';

export const postRoomsBody = zod.object({
  name: zod.string().min(1).max(80),
  memberIds: zod.array(zod.string().uuid()).max(50),
});

export { postRoomsBody as CreateRoomRequestSchema };

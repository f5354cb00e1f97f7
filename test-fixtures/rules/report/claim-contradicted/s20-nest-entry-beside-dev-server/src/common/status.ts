export const statusPayload = () => ({ ok: true });

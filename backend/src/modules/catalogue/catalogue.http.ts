import type { Request, Response } from 'express';
import { AppError } from '../../common/errors.js';

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, RATE_LIMITED: 429,
};

/** Answers an HTTP endpoint's error in the GraphQL error shape, so clients handle both alike. */
export function sendError(res: Response, e: unknown, status?: number): void {
  if (e instanceof AppError) {
    res.status(status ?? STATUS[String(e.extensions.code)] ?? 400).json({ errors: [{ message: e.message, extensions: e.extensions }] });
    return;
  }
  throw e;
}

/** Reads a raw request body up to `limit` bytes; beyond that it drains (to a hard cap) and reports too large. */
export async function readBody(req: Request, limit: number): Promise<{ bytes: Buffer; tooLarge: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      tooLarge = true;
      chunks.length = 0;
      if (size > limit * 4) {
        req.destroy();
        break;
      }
      continue;
    }
    chunks.push(chunk as Buffer);
  }
  return { bytes: Buffer.concat(chunks), tooLarge };
}

import { z } from 'zod';
import { ValidationError } from '../services/errors.js';

/** Parses route params or a query string, naming each bad field the way a body error would. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, where: 'params' | 'query' | 'body'): z.infer<T> {
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  throw new ValidationError(
    parsed.error.issues.map((i) => ({ field: [where, ...i.path].join('.'), message: i.message })),
  );
}

export const incidentParams = z.object({ id: z.string().uuid('must be an incident id (a UUID)') });

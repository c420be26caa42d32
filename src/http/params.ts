import { DateTime } from 'luxon';
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

/** A calendar date in a query string: the right shape and a real day. */
export const isoDateParam = z
  .string()
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && DateTime.fromISO(v, { zone: 'utc' }).isValid, 'must be a real date like 2020-01-02');

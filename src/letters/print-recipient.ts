// Whom a printed letter is addressed to, from its merge data: a resident letter carries the
// resident's name and postal lines; a regulator notice names its recipient kind as text and the
// office's address as one line, which goes in the window as street and "City, ST ZIP" lines.
export interface PrintRecipient {
  name: string;
  address: string[];
}

const CITY_LINE = /^(.+?),\s*([^,]+,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?)$/;

export function printRecipient(merge: Record<string, unknown> | null | undefined, fallbackName: string | null): PrintRecipient {
  const m = merge ?? {};
  const resident = m.recipient;
  if (resident && typeof resident === 'object' && Array.isArray((resident as PrintRecipient).address)) {
    const r = resident as PrintRecipient;
    return { name: String(r.name ?? ''), address: r.address.map(String) };
  }
  const regulator = (m.regulator ?? null) as { name?: unknown; address?: unknown } | null;
  const name = typeof regulator?.name === 'string' ? regulator.name : fallbackName ?? '';
  const line = typeof regulator?.address === 'string' ? regulator.address.trim() : '';
  const split = CITY_LINE.exec(line);
  return { name, address: line ? (split ? [split[1]!, split[2]!] : [line]) : [] };
}

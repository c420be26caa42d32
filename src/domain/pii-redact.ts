// Text from outside (an SMTP server's reply, a library's error) can echo a resident's address:
// "550 5.1.1 <ana@example.com>: Recipient address rejected". Such text is stored (letters.last_error,
// jobs.last_error) and logged, so every e-mail address in it is masked first.
const EMAIL_ANYWHERE = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+/g;

export const MASKED_ADDRESS = '[address]';

/** The text with every e-mail address, and each of `also` wherever it appears, masked. */
export function maskAddresses(text: string, also: readonly (string | null | undefined)[] = []): string {
  let out = text;
  for (const value of also) {
    if (value) out = out.replace(new RegExp(value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), MASKED_ADDRESS);
  }
  return out.replace(EMAIL_ANYWHERE, MASKED_ADDRESS);
}

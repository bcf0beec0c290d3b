import type { MailAddress } from '../mail';

const ADDRESS = /<?([^\s<>@",;]{1,64}@[^\s<>@",;]{1,255})>?\s*$/;

/** Reads `Ana Lima <ana@acme.example>` or `ana@acme.example`; null when there is no address in it. */
export function readMailAddress(text: unknown): MailAddress | null {
  if (typeof text !== 'string') return null;
  const trimmed = text.trim().slice(0, 400);
  const match = ADDRESS.exec(trimmed);
  if (!match?.[1]) return null;
  const email = match[1].toLowerCase();
  const name = trimmed.slice(0, match.index).trim().replace(/^"|"$/g, '').trim();
  return name ? { email, name } : { email };
}

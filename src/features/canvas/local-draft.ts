import { z } from 'zod';
import { journeySchema, type Journey } from '../../domain/journey-schema';

// Unsaved edits survive a reload or a lost connection: the document and the version it was
// based on, so saving it later still detects a conflict.
const draftSchema = z.object({
  journey: journeySchema,
  baseVersion: z.number().int(),
  savedAt: z.string(),
});
export type LocalDraft = z.infer<typeof draftSchema>;

const key = (id: string) => `journey-designer:draft:${id}`;

export function readDraft(id: string, storage: Storage | undefined = globalThis.localStorage): LocalDraft | null {
  try {
    const raw = storage?.getItem(key(id));
    if (!raw) return null;
    const parsed = draftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeDraft(id: string, journey: Journey, baseVersion: number, now = new Date()): void {
  try {
    globalThis.localStorage?.setItem(key(id), JSON.stringify({ journey, baseVersion, savedAt: now.toISOString() }));
  } catch {
    // Storage full or disabled: the status line still says the changes are not saved.
  }
}

export function clearDraft(id: string): void {
  try {
    globalThis.localStorage?.removeItem(key(id));
  } catch {
    // nothing to clear
  }
}

export function sameDocument(a: Journey, b: Journey): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

// What the chair types when creating and editing a document; also what `candor docs import` sends.
import { z } from 'zod';
import type { RawInput } from '../parse-input';

const uuid = z.string().regex(/^[0-9a-f-]{36}$/i, 'No such document');
const optionalText = (max: number) => z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(max, `must be at most ${max} characters`).optional());

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const change = {
  body: z.string().max(200_000, 'must be at most 200,000 characters').refine((b) => b.trim() !== '', 'write the document'),
  summary: z.string().trim().min(1, 'say what changed').max(2_000, 'must be at most 2,000 characters'),
  rationale: z.string().trim().min(1, 'say why it changed').max(4_000, 'must be at most 4,000 characters'),
  version: optionalText(40),
};

export const createDocumentInput = z.object({
  title: z.string().trim().min(1, 'name the document').max(200, 'must be at most 200 characters'),
  slug: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().trim().max(80, 'must be at most 80 characters').regex(SLUG, 'lower-case letters, digits and hyphens, e.g. reporting-guide').optional(),
  ),
  codeOfConduct: z.preprocess((v) => v === 'yes' || v === 'on' || v === 'true' || v === true, z.boolean()),
  ...change,
});
export type CreateDocumentInput = RawInput<typeof createDocumentInput>;

export const saveDocumentVersionInput = z.object({ documentId: uuid, ...change });
export type SaveDocumentVersionInput = RawInput<typeof saveDocumentVersionInput>;

export const approveDocumentChangeInput = z.object({
  versionId: uuid,
  note: z.string().trim().min(1, 'say where and when the board decided').max(500, 'must be at most 500 characters'),
});
export type ApproveDocumentChangeInput = RawInput<typeof approveDocumentChangeInput>;

export const documentSlugInput = z.object({ slug: z.string().regex(SLUG, 'No such document') });

// A document of the chair's pages: an unknown or malformed id is "not found", never a form error.
export const documentRefInput = z.object({ documentId: z.string() });
export type DocumentRefInput = RawInput<typeof documentRefInput>;
export type DocumentSlugInput = RawInput<typeof documentSlugInput>;

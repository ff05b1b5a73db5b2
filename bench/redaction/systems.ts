// The systems compared on the evaluation set. Each returns predicted spans for one text.
import nlp from 'compromise';
import { OpenRedaction } from 'openredaction';
import { SyncRedactor } from 'redact-pii';
import { detectSpans } from '../../src/privacy/redaction';
import type { Predicted } from '../../src/privacy/redaction/evaluation/score';
import type { EvalText } from './load';

export interface System {
  name: string;
  detect(t: EvalText): Promise<Predicted[]> | Predicted[];
}

export const candor: System = {
  name: 'candor',
  detect: (t) => detectSpans(t.text, { knownParties: t.parties, organisationAddresses: t.org }),
};

export const candorNoParties: System = {
  name: 'candor, no known parties',
  detect: (t) => detectSpans(t.text, { organisationAddresses: t.org }),
};

const openRedaction = new OpenRedaction({});
export const openredaction: System = {
  name: 'openredaction 1.1.5',
  async detect(t) {
    const result = await openRedaction.detect(t.text);
    return result.detections.map((d) => ({ start: d.position[0], end: d.position[1] }));
  },
};

// redact-pii only returns the redacted string, so each replacement is a private-use marker
// and the spans are recovered by aligning the unchanged pieces with the original.
const MARK = '\uE000';
const redactPii = new SyncRedactor({ globalReplaceWith: MARK });
export const redactPiiSystem: System = {
  name: 'redact-pii 3.4.0',
  detect(t) {
    const redacted = redactPii.redact(t.text);
    const pieces = redacted.split(MARK);
    const spans: Predicted[] = [];
    let at = 0;
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      const found = i === 0 ? 0 : piece === '' ? (i === pieces.length - 1 ? t.text.length : at) : t.text.indexOf(piece, at);
      const pos = found < 0 ? at : found;
      if (i > 0 && pos > at) spans.push({ start: at, end: pos });
      at = pos + piece.length;
    }
    return spans;
  },
};

interface OffsetJson {
  offset?: { start: number; length: number };
}

export const compromiseAlone: System = {
  name: 'compromise 14.17.0 alone',
  detect(t) {
    const doc = nlp(t.text);
    const views = [doc.people(), doc.emails(), doc.atMentions(), doc.urls(), doc.phoneNumbers(), doc.quotations(), doc.match('(#Date|#Time)+')];
    const spans: Predicted[] = [];
    for (const v of views) {
      // compromise's json() is untyped; offsets are JavaScript string indexes.
      for (const item of v.json({ offset: true }) as OffsetJson[]) {
        if (item.offset) spans.push({ start: item.offset.start, end: item.offset.start + item.offset.length });
      }
    }
    return spans;
  },
};

export const systems: System[] = [candor, candorNoParties, openredaction, redactPiiSystem, compromiseAlone];

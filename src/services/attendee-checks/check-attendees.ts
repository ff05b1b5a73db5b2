// Attendee and speaker checks: an event sends its list; Candor answers, for each entry that is a
// person the working group has flagged or banned, only "flagged" or "banned" and the guidance
// attached to them. Nobody merely named in a report is ever answered about, and the list is never
// stored: it is hashed into blind indexes, compared, and forgotten. Each answer is a disclosure,
// recorded (which person, to whom, when) and audited.
import { eq, inArray, or } from 'drizzle-orm';
import { attendeeCheckDisclosures, attendeeChecks, people, personIndexes } from '../../db/schema';
import { AttendeeListError, parseAttendeeList, type AttendeeEntry } from '../../domain/attendee-list';
import { localDate } from '../../domain/periods';
import { currentPersonStatus } from '../../domain/person-status';
import { invalidInput } from '../../errors';
import { blindIndex, listDigest, nameKeyIndexes, type IndexKind } from '../../privacy/blind-index';
import { unsealOrNull } from '../../privacy/envelope';
import { audit } from '../audit/emit';
import { authorize, memberIdOf } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput, type RawInput } from '../parse-input';
import { checkAttendeesInput } from './schemas';

export type AttendeeStatus = 'flagged' | 'banned';

export interface AttendeeAnswer {
  row: number;
  /** The entry as the sender wrote it (their own words, never stored). */
  label: string;
  status: AttendeeStatus;
  guidance: string[];
}

export interface AttendeeCheckResult {
  checkId: string;
  rows: number;
  answers: AttendeeAnswer[];
}

function entryDigests(indexKey: Buffer, e: AttendeeEntry): Array<{ kind: IndexKind; digest: string }> {
  const out: Array<{ kind: IndexKind; digest: string }> = [];
  for (const n of e.names) {
    out.push({ kind: 'name', digest: blindIndex(indexKey, 'name', n) });
    for (const digest of nameKeyIndexes(indexKey, n)) out.push({ kind: 'name_key', digest });
  }
  for (const m of e.emails) out.push({ kind: 'email', digest: blindIndex(indexKey, 'email', m) });
  for (const u of e.usernames) out.push({ kind: 'username', digest: blindIndex(indexKey, 'username', u) });
  return out;
}

export async function checkAttendees(ctx: ServiceContext, raw: RawInput<typeof checkAttendeesInput>): Promise<AttendeeCheckResult> {
  authorize(ctx, 'check:attendees');
  const memberId = memberIdOf(ctx);
  const role = ctx.actor.kind === 'member' ? ctx.actor.role : 'member';
  const { list } = parseInput(checkAttendeesInput, raw, 'The list');
  let entries: AttendeeEntry[];
  try {
    entries = parseAttendeeList(list);
  } catch (e) {
    if (e instanceof AttendeeListError) throw invalidInput('The list has 1 problem(s)', [{ field: 'list', message: e.message }]);
    throw e;
  }
  if (entries.length === 0) throw invalidInput('The list has 1 problem(s)', [{ field: 'list', message: 'has no names, emails or usernames' }]);

  // digest → the entries (by index) that produced it, per kind.
  const wanted = new Map<string, number[]>();
  // Under every index key held: during a key rotation (decision 031) some people's indexes are
  // still under the old key.
  entries.forEach((e, i) => {
    for (const d of ctx.keys.epochs.flatMap((k) => entryDigests(k.index, e))) {
      const key = `${d.kind}:${d.digest}`;
      const at = wanted.get(key);
      if (!at) wanted.set(key, [i]);
      else if (at[at.length - 1] !== i) at.push(i);
    }
  });

  return withTransaction(ctx, async (tx) => {
    const today = localDate(tx.now(), tx.config.organisation.timeZone);
    // Only people with a flag or a ban set are candidates (expiry is checked below, as everywhere).
    // They are few, so their digests are read whole and the list is matched in memory: one small
    // query whatever the list's length, and the list's digests never reach the database.
    const candidates = await tx.db
      .select({ personId: personIndexes.personId, kind: personIndexes.kind, digest: personIndexes.digest })
      .from(personIndexes)
      .innerJoin(people, eq(people.id, personIndexes.personId))
      .where(or(eq(people.flagged, true), eq(people.banned, true)));
    const hits = candidates.filter((h) => wanted.has(`${h.kind}:${h.digest}`));
    const personIds = [...new Set(hits.map((h) => h.personId))];
    const rows = personIds.length === 0 ? [] : await tx.db.select().from(people).where(inArray(people.id, personIds));
    const status = new Map<string, { codeName: string; status: AttendeeStatus; guidance: string | null }>();
    for (const p of rows) {
      const s = currentPersonStatus(p, today);
      if (!s.flagged && !s.banned) continue;
      const guidance = unsealOrNull(tx.keys.master, { table: 'people', column: 'guidance', row: p.id }, p.guidanceSealed);
      status.set(p.id, { codeName: p.codeName, status: s.banned ? 'banned' : 'flagged', guidance });
    }

    // entry index → the people it matched.
    const matched = new Map<number, Set<string>>();
    for (const h of hits) {
      if (!status.has(h.personId)) continue;
      for (const i of wanted.get(`${h.kind}:${h.digest}`) ?? []) matched.set(i, (matched.get(i) ?? new Set()).add(h.personId));
    }
    const answers: AttendeeAnswer[] = [...matched.entries()]
      .sort(([a], [b]) => a - b)
      .map(([i, ids]) => {
        const ps = [...ids].map((id) => status.get(id)!);
        return {
          row: entries[i]!.row,
          label: entries[i]!.label,
          status: ps.some((p) => p.status === 'banned') ? 'banned' : 'flagged',
          guidance: [...new Set(ps.map((p) => p.guidance).filter((g): g is string => g !== null))],
        };
      });

    const disclosed = [...new Set([...matched.values()].flatMap((s) => [...s]))];
    const listHash = listDigest(tx.keys.index, list);
    const [check] = await tx.db
      .insert(attendeeChecks)
      .values({ memberId, memberRole: role, rowCount: entries.length, listHash, answered: answers.length, checkedAt: tx.now() })
      .returning({ id: attendeeChecks.id });
    const checkId = check!.id;
    if (disclosed.length > 0) {
      await tx.db.insert(attendeeCheckDisclosures).values(
        disclosed.map((personId) => {
          const s = status.get(personId)!;
          return { checkId, personId, status: s.status, withGuidance: s.guidance ? ('yes' as const) : ('no' as const) };
        }),
      );
    }
    await audit(tx, { action: 'attendee_check.run', entity: 'attendee_check', entityRef: checkId, details: { rows: entries.length, answered: answers.length, people: disclosed.length, listHash } });
    for (const personId of disclosed) {
      const s = status.get(personId)!;
      await audit(tx, { action: 'attendee_check.disclose', entity: 'person', entityRef: s.codeName, details: { check: checkId, status: s.status, guidance: s.guidance !== null } });
    }
    return { checkId, rows: entries.length, answers };
  });
}

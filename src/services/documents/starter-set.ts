// The documents a new organisation starts from: a reporting guide, an enforcement ladder and a
// transparency page, written for Candor and meant to be adapted. Installed at first-run setup and
// in the demo; like every version, each goes public once a second member approves its summary.
import { z } from 'zod';
import { withTransaction, type ServiceContext } from '../context';
import { authorize } from '../authorize';
import { parseInput, type RawInput } from '../parse-input';
import { documentExists, importDocuments } from './import-documents';

interface Names {
  organisation: string;
  workingGroup: string;
  contactEmail: string;
}

export const STARTER_DOCUMENTS: ReadonlyArray<{ name: string; text: (n: Names) => string }> = [
  {
    name: 'reporting-guide.md',
    text: (n) => `# Reporting guide

This guide explains how to tell the ${n.workingGroup} about behaviour that breaks the ${n.organisation} code of conduct, and what happens next.

## Who can report

Anyone: the person it happened to, someone who saw it, or someone who heard about it. You do not need to be sure that it breaks the code of conduct. If you are unsure, tell us and we will help work it out.

## How to report

- Use the report form on this site. You can report without giving your name; we will then have no way to ask you questions or tell you the outcome, so leave a way to reach you if you can.
- Or write to ${n.contactEmail}. Only members of the working group read this address.
- At an event, talk to the event's code of conduct contacts. They can act on the spot and pass the report on to us.

If someone is in immediate danger, contact local emergency services first.

## What to include

What happened, where and when, who was involved, and anything that helps us understand it (links, screenshots, names of people who saw it). Tell us if you think the situation is ongoing or if you feel unsafe. Partial information is fine.

## What happens next

1. We confirm that we received your report, normally the same day and within one day at most.
2. A member who has no conflict of interest with anyone involved takes the lead. Members with a conflict step aside and see nothing of the report.
3. We write to you within a week with a first response, and keep you informed as the work goes on.
4. We may talk to the people involved, including the person reported, who can give their side.
5. The working group decides together, and tells you the outcome that concerns you.

## Confidentiality

We record each report under a code name, not under anyone's name. We never publish who reported, who was reported or what happened in a particular case. Our public statistics and reports are counts that cannot identify anyone.
`,
  },
  {
    name: 'enforcement-ladder.md',
    text: (n) => `# Enforcement ladder

When the ${n.workingGroup} finds that someone broke the code of conduct, it chooses a response from the steps below. The aim is to stop the harm, keep the community safe and give people a chance to change, in that order.

## How we choose

We look at the harm done, whether there is a risk to anyone's safety, whether the behaviour is ongoing or repeated, and how the person responded. A serious incident can go straight to a higher step. Every decision is made by the working group together, never by one member alone.

## The steps

1. **No action.** We looked at the report and found no breach, or not enough to act on. We may still talk to the people involved.
2. **Warning.** A private message explaining what was wrong and what we expect from now on.
3. **First suspension.** A temporary removal from some or all community spaces, for a set time.
4. **Second suspension.** A longer temporary removal after a further breach.
5. **Ban.** A permanent removal from community spaces.

Other measures (a public apology, a change of role, conditions on attending an event) can accompany any step.

## Urgent measures

When someone may be in danger, a member can act at once (for example, remove a person from an event or a chat). The working group reviews that measure as soon as it can.

## Reconsideration

Anyone directly concerned by a decision can ask for it to be reconsidered. The request goes to the board, which can confirm or change the decision.
`,
  },
  {
    name: 'transparency.md',
    text: (n) => `# Transparency

The ${n.workingGroup} is open about how it works and what it does, and closed about who was involved in any case. This page explains where that line is.

## What we publish

- **Our documents**: this page, the reporting guide, the enforcement ladder and our other procedures, with every earlier version, what changed and why.
- **Statistics every six months**: how many reports we received and what came of them.
- **An annual transparency report**: reports by space and by kind of behaviour, outcomes, trends over the years, and what we changed in how we work.
- **Answers to the community**: questions you asked and proposals you made, in our words, and what we decided.

## What we never publish

- Who reported, who was reported, or anyone else involved.
- What happened in a particular case, or whether a particular person was involved in one.
- Figures so small that someone could work out who they are about. Such figures are shown as "fewer than" a threshold.

## Taking part

You can ask a question or propose a change to any of our documents through the form on this site. You do not need an account and we do not record who you are. We answer in public, without quoting you.

## Oversight

The ${n.organisation} board oversees the working group, approves changes to the code of conduct and reviews its membership every year.
`,
  },
];

/** Installs the starter documents that do not exist yet (an organisation's own versions are kept). */
const starterInput = z.object({ organisationName: z.string().optional() });

export async function installStarterDocuments(ctx: ServiceContext, raw: RawInput<typeof starterInput> = {}): Promise<{ created: string[] }> {
  authorize(ctx, 'publish:release');
  const input = parseInput(starterInput, raw);
  const { name, workingGroupName, contactEmail } = ctx.config.organisation;
  const names: Names = { organisation: input.organisationName ?? name, workingGroup: workingGroupName, contactEmail };
  return withTransaction(ctx, async (tx) => {
    const missing = [];
    for (const d of STARTER_DOCUMENTS) if (!(await documentExists(tx, d.name.replace(/\.md$/, '')))) missing.push({ name: d.name, text: d.text(names) });
    if (missing.length === 0) return { created: [] };
    const r = await importDocuments(tx, {
      files: missing,
      summary: 'First version, from the starter set that comes with Candor.',
      rationale: 'A complete set of documents to start from, to be adapted to how this working group works.',
    });
    return { created: r.created };
  });
}

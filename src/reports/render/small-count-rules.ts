// Which small-count rule applies to which published table, in words for the public methods
// section. The audit assumes readers know these rules (DESIGN.md "Tables"), so they are stated
// from the same configuration the releases are built with, never written by hand per page.
import type { Config } from '../../config/schema';

export interface SmallCountRule {
  readonly tables: string;
  readonly rule: string;
}

function headlineRule(disclosure: Config['disclosure']): string {
  switch (disclosure.headline) {
    case 'exact':
      return 'Every figure is shown exactly, small ones and zeros included.';
  }
}

export function smallCountRules(disclosure: Config['disclosure']): SmallCountRule[] {
  const { k } = disclosure;
  return [
    {
      tables: 'Six-monthly statistics, and the figures for the whole year at the top of each transparency report',
      rule: headlineRule(disclosure),
    },
    {
      tables:
        'The tables of each transparency report that break reports down (by space and outcome, by type of violation and outcome, by how they reached us, reconsideration requests and urgent actions)',
      rule: `Every figure below ${k}, zero included, is shown as "<${k}"; larger figures are shown exactly. Their rows are the same every year: every space group and type of violation we list, "Several spaces", "Several types" and "Not recorded", even when a row is all zeros, so that a row being there says nothing about whether anything happened in it.`,
    },
    {
      tables: 'Every table',
      rule: `A figure shown as "x" is hidden so that a small figure elsewhere cannot be worked out from totals; it is not small itself. Which figures are hidden is decided by their place in the table, not by their size. A figure that earlier releases already make public is shown as it is; a correction never hides a figure an earlier version published unless the correction changed it, and then it says so.`,
    },
    {
      tables: 'The tables of each transparency report, except the figures for the whole year',
      rule: 'When no hiding of figures can keep a small figure of a table from being worked out, the table is left out of the report, with the note "not published: too few reports to show safely" in its place. A table left out shows no figure at all. The figures for the whole year are always published: they are the sums of the six-monthly figures, which are already public.',
    },
  ];
}

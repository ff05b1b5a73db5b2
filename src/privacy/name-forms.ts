// Name keys for matching a list of people against the identity key: the same person written
// "Bob Smith", "ROBERT  SMITH", "Róbert Smith", "Smith, Robert" or "Robert-Smith" must give the
// same key, so an attendee list matches whatever form the working group recorded. Pure: the keys
// are then hashed into blind indexes (blind-index.ts), never stored in clear.

/**
 * Common English given-name forms, each group headed by the form every member maps to. A
 * nickname may belong to several groups ("Al" is Albert, Alan or Alfred): it then has several
 * keys, and a list entry matches if any key matches.
 */
export const NICKNAME_GROUPS: readonly (readonly string[])[] = [
  ['robert', 'bob', 'bobby', 'rob', 'robbie', 'bert'],
  ['william', 'bill', 'billy', 'will', 'willy', 'liam'],
  ['elizabeth', 'liz', 'lizzie', 'beth', 'betty', 'eliza', 'libby', 'betsy'],
  ['richard', 'rick', 'ricky', 'dick', 'rich'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['john', 'jack', 'johnny', 'jon'],
  ['jonathan', 'jon', 'jonny'],
  ['michael', 'mike', 'mikey', 'mick'],
  ['margaret', 'maggie', 'meg', 'peggy', 'marge'],
  ['katherine', 'catherine', 'kate', 'katie', 'kathy', 'cathy', 'kat', 'kathryn'],
  ['thomas', 'tom', 'tommy'],
  ['christopher', 'chris', 'kit'],
  ['christine', 'chris', 'christina', 'tina'],
  ['joseph', 'joe', 'joey'],
  ['daniel', 'dan', 'danny'],
  ['david', 'dave', 'davey'],
  ['edward', 'ed', 'eddie', 'ted', 'ned'],
  ['anthony', 'tony'],
  ['alexander', 'alex', 'sasha', 'xander'],
  ['alexandra', 'alex', 'sasha', 'alexa'],
  ['albert', 'al', 'bert'],
  ['alan', 'al', 'allan', 'allen'],
  ['alfred', 'al', 'alf', 'fred'],
  ['frederick', 'fred', 'freddie', 'freddy'],
  ['benjamin', 'ben', 'benny'],
  ['samuel', 'sam', 'sammy'],
  ['samantha', 'sam', 'sammy'],
  ['patricia', 'pat', 'patty', 'trish'],
  ['patrick', 'pat', 'paddy'],
  ['jennifer', 'jen', 'jenny'],
  ['susan', 'sue', 'susie', 'suzanne'],
  ['deborah', 'debbie', 'deb', 'debra'],
  ['rebecca', 'becky', 'becca'],
  ['victoria', 'vicky', 'tori'],
  ['charles', 'charlie', 'chuck'],
  ['nicholas', 'nick', 'nicky'],
  ['matthew', 'matt'],
  ['andrew', 'andy', 'drew'],
  ['steven', 'stephen', 'steve'],
  ['gregory', 'greg'],
  ['peter', 'pete'],
  ['timothy', 'tim', 'timmy'],
  ['kenneth', 'ken', 'kenny'],
  ['lawrence', 'larry'],
  ['gerald', 'gerry', 'jerry'],
  ['henry', 'hank', 'harry'],
  ['harold', 'harry', 'hal'],
  ['dorothy', 'dot', 'dottie'],
  ['abigail', 'abby'],
  ['jacqueline', 'jackie'],
  ['josephine', 'jo', 'josie'],
  ['theodore', 'theo', 'ted', 'teddy'],
  ['zachary', 'zach', 'zack'],
  ['nathaniel', 'nathan', 'nate'],
  ['isabella', 'isabel', 'bella', 'izzy'],
  ['madeline', 'maddie', 'madeleine'],
  ['olivia', 'liv', 'livvy'],
  ['evelyn', 'evie'],
  ['eleanor', 'ellie', 'nell', 'nora'],
  ['douglas', 'doug'],
  ['ronald', 'ron', 'ronnie'],
  ['donald', 'don', 'donnie'],
  ['raymond', 'ray'],
  ['jeffrey', 'jeff', 'geoffrey', 'geoff'],
  ['philip', 'phil', 'phillip'],
  ['vincent', 'vince', 'vinny'],
];

const HEADS = new Map<string, string[]>();
for (const group of NICKNAME_GROUPS) {
  for (const form of group) {
    const heads = HEADS.get(form) ?? [];
    if (!heads.includes(group[0]!)) heads.push(group[0]!);
    HEADS.set(form, heads);
  }
}

/** The group heads a given name stands for; itself when no group knows it. */
export function givenNameHeads(given: string): string[] {
  return HEADS.get(given) ?? [given];
}

/**
 * Lowercase letters and digits in words: case, diacritics (é, ø, ß), punctuation and spacing
 * are dropped. "Smith, Robert" (surname first, with a comma) is turned round.
 */
export function nameWords(value: string): string[] {
  let v = value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  // Letters NFKD does not decompose.
  v = v.replace(/ß/g, 'ss').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/œ/g, 'oe').replace(/ł/g, 'l').replace(/đ/g, 'd').replace(/ı/g, 'i');
  const comma = v.split(',');
  if (comma.length === 2 && comma[0]!.trim() !== '' && comma[1]!.trim() !== '') v = `${comma[1]} ${comma[0]}`;
  return v.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

/**
 * The keys a name matches on: the given name replaced by each of its group heads, joined with
 * the rest without spaces ("Mary Ann" = "Maryann"). Empty for a name without letters.
 */
export function nameKeys(value: string): string[] {
  const words = nameWords(value);
  if (words.length === 0) return [];
  const [given, ...rest] = words as [string, ...string[]];
  return givenNameHeads(given).map((head) => [head, ...rest].join(''));
}

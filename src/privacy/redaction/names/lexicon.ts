// Word knowledge for person-name detection: given and family names from many locales (a
// generated list, see data/names.generated.ts) and compromise's English lexicon, which
// says which capitalised words are ordinary words, places or organisations.
import nlp from 'compromise';
import { FAMILY_NAMES, GIVEN_NAMES } from '../data/names.generated';
import { CURATED_FAMILY_NAMES, CURATED_FAMILY_NAMES_NATIVE, CURATED_GIVEN_NAMES, CURATED_GIVEN_NAMES_NATIVE } from '../data/names.curated';
import { fold } from '../text';

const nameTags = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific']);
const placeOrgTags = new Set(['City', 'Country', 'Place', 'Region', 'Organization', 'SportsTeam', 'Demonym', 'ProperNoun', 'Currency', 'Unit']);

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
  two: { switches?: Record<string, string> };
}

// compromise ships no typings for its model object; the shape above is what we read.
const model = (nlp as unknown as { model(): CompromiseModel }).model();
const lexicon = model.one.lexicon;
const switches = model.two.switches ?? {};

function tagsOf(lower: string): string[] {
  const v = lexicon[lower];
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

function toSet(joined: string): Set<string> {
  const set = new Set<string>();
  for (const n of joined.split('|')) set.add(fold(n));
  return set;
}

const given = toSet(GIVEN_NAMES);
const family = toSet(FAMILY_NAMES);
for (const n of toSet(`${CURATED_GIVEN_NAMES}|${CURATED_GIVEN_NAMES_NATIVE}`)) given.add(n);
// One-character Chinese and one-syllable Korean surnames ("王", "이") are also everyday words
// ("이" is "this"): they are kept apart, for the rules that read a name after them.
const cjkSurnames = new Set<string>();
const oneCjkSyllable = /^[\p{Script=Han}\p{Script=Hangul}]$/u;
for (const n of toSet(`${CURATED_FAMILY_NAMES}|${CURATED_FAMILY_NAMES_NATIVE}`)) (oneCjkSyllable.test(n) ? cjkSurnames : family).add(n);
for (const [word, value] of Object.entries(lexicon)) {
  const tags = Array.isArray(value) ? value : [value];
  if (word.includes(' ')) continue;
  if (tags.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName')) given.add(fold(word));
  if (tags.includes('LastName')) family.add(fold(word));
}

// Words that are given names somewhere but are ordinary words or roles in text about
// communities; compromise does not know all of them as ordinary words.
const extraCommon = [
  'will', 'may', 'mark', 'grace', 'rose', 'june', 'april', 'august', 'hope', 'faith', 'joy', 'bill',
  'pat', 'sue', 'rich', 'frank', 'art', 'dawn', 'summer', 'autumn', 'ivy', 'lily', 'daisy', 'ruby',
  'pearl', 'amber', 'crystal', 'sky', 'river', 'rain', 'sunny', 'penny', 'sandy', 'chase', 'hunter',
  'forest', 'grant', 'drew', 'guy', 'miles', 'nick', 'rob', 'ray', 'page', 'reed', 'wade', 'chance',
  'cash', 'king', 'honor', 'justice', 'glen', 'dale', 'heather', 'holly', 'iris', 'violet', 'willow',
  'hazel', 'sage', 'jade', 'brook', 'carol', 'ginger', 'candy', 'destiny', 'patience', 'mercy',
  'harmony', 'melody', 'trinity', 'star', 'storm', 'blue', 'red', 'rusty', 'buck', 'bob', 'jack',
  'tom', 'don', 'van', 'major', 'young', 'white', 'black', 'brown', 'green', 'gray', 'grey', 'love',
  'happy', 'lucky', 'max', 'ace', 'angel', 'baby', 'bishop', 'cliff', 'colt', 'deacon', 'duke',
  'earl', 'fox', 'gay', 'jewel', 'lane', 'marsh', 'mason', 'moss', 'noble', 'oak', 'park', 'price',
  'prince', 'rock', 'royal', 'sterling', 'stone', 'taylor', 'trust', 'walker', 'wolf', 'wood',
  'long', 'best', 'case', 'hall', 'new', 'west', 'north', 'south', 'east', 'early', 'mid',
  'january', 'february', 'march', 'july', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'the', 'and',
];
const common = new Set(extraCommon);

export function isGivenName(folded: string): boolean {
  return given.has(folded);
}

export function isFamilyName(folded: string): boolean {
  return family.has(folded);
}

/** A Chinese surname of one character or a Korean one of one syllable. */
export function isCjkSurname(ch: string): boolean {
  return cjkSurnames.has(ch);
}

/** An English word (or a word used as one) that a capital letter alone does not make a name. */
export function isCommonWord(lower: string): boolean {
  // Two-letter Latin or Cyrillic words ("An", "Li", "Bo") are too often something else;
  // two Han characters are a whole name.
  if (common.has(lower) || (lower.length <= 2 && lower !== lower.toUpperCase())) return true;
  const sw = switches[lower];
  // compromise marks words like "maya" or "bill" as Person-or-Noun; the first reading is a
  // person, so only switches that do not start with Person make a word common.
  if (sw !== undefined) return !sw.startsWith('Person');
  const tags = tagsOf(lower);
  return tags.length > 0 && tags.some((t) => !nameTags.has(t));
}

/** Places, organisations, demonyms: capitalised but never a person on their own. */
export function isPlaceOrOrganisation(lower: string): boolean {
  return tagsOf(lower).some((t) => placeOrgTags.has(t));
}

/** compromise knows the word as a name (and only as a name). */
export function isKnownNameWord(lower: string): boolean {
  const tags = tagsOf(lower);
  return tags.length > 0 && tags.every((t) => nameTags.has(t));
}

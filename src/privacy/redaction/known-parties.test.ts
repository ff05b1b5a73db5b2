import { describe, expect, it } from 'vitest';
import { detectKnownParties } from './known-parties';
import { fold } from './text';

const found = (text: string, parties: Parameters<typeof detectKnownParties>[2]) =>
  detectKnownParties(text, fold(text), parties).map((s) => [s.label, text.slice(s.start, s.end), s.party]);

describe('known parties (layer 1)', () => {
  const maya = { names: ['Maya Okafor'], usernames: ['maya_o'], emails: ['maya.okafor@posteo.de'] };

  it('finds full names, parts alone, possessives, usernames with @ and emails, folding case and diacritics', () => {
    const text = "MAYA's note: maya okafor (@maya_o, Maya.Okafor@posteo.de) and Máya";
    const spans = found(text, [maya]);
    expect(spans).toContainEqual(['PERSON', 'MAYA', 0]);
    expect(spans).toContainEqual(['PERSON', 'maya okafor', 0]);
    expect(spans).toContainEqual(['USERNAME', '@maya_o', 0]);
    expect(spans).toContainEqual(['EMAIL', 'Maya.Okafor@posteo.de', 0]);
    expect(spans).toContainEqual(['PERSON', 'Máya', 0]);
  });

  it('needs a capital for names that are ordinary words, and reads month names as months', () => {
    const parties = [{ names: ['Will Turner'], usernames: [], emails: [] }, { names: ['May Chen'], usernames: [], emails: [] }];
    const spans = found('I will ask Will. In May 2025 May said she may come on May 3.', parties);
    expect(spans.filter(([, t]) => /will/i.test(String(t)))).toEqual([['PERSON', 'Will', 0]]);
    expect(spans.filter(([, t]) => /may/i.test(String(t)))).toEqual([['PERSON', 'May', 1]]);
  });

  it('takes a lower-case ordinary-word name only where it reads as a person', () => {
    const parties = [{ names: ['Will Achebe'], usernames: [], emails: [] }, { names: ['Grace Tan'], usernames: [], emails: [] }, { names: ['Frank Adjei'], usernames: [], emails: [] }];
    const spans = found("i will report it, will crossed a line. thanks grace. frank's been DMing me; to be frank, no grace period, it will need work, the grace's end", parties);
    expect(spans.map(([, t]) => t)).toEqual(['will', 'grace', 'frank']);
  });

  it('does not match inside longer words or usernames', () => {
    expect(found('Mayan ruins and maya_oz', [maya])).toEqual([]);
  });

  it('matches inflected names: Cyrillic always, Latin in texts with Slavic letters', () => {
    const anna = { names: ['Анна Соколова', 'Сергій Ткаченко'], usernames: [], emails: [] };
    expect(found('написал Анне, потом Анной; не повідомляти Сергію; Аннушка', [anna]).map(([, t]) => t)).toEqual(['Анне', 'Анной', 'Сергію']);
    const marek = { names: ['Marek Kowalczyk'], usernames: [], emails: [] };
    expect(found('piszę w sprawie zachowania pana Marka Kowalczyka', [marek]).map(([, t]) => t)).toEqual(['Marka', 'Kowalczyka']);
    // Without Slavic letters an English text keeps its words: "Marka" is no inflection there.
    expect(found('Marka and Kowalczyka brands', [marek])).toEqual([]);
  });

  it('matches Hebrew and Arabic names after a joined prefix', () => {
    expect(found('עם נועה מנועה ולנועה', [{ names: ['נועה לוי'], usernames: [], emails: [] }]).map(([, t]) => t)).toEqual(['נועה', 'נועה', 'נועה']);
    expect(found('قال لـليلى ووليلى', [{ names: ['ليلى حداد'], usernames: [], emails: [] }]).map(([, t]) => t)).toEqual(['ليلى', 'ليلى']);
  });

  it('matches names in scripts without spaces', () => {
    expect(found('昨日田中さんが来た', [{ names: ['田中 愛子'], usernames: [], emails: [] }])).toEqual([['PERSON', '田中', 0]]);
  });

  it('sees a name added to a party passed again (no stale cache)', () => {
    const party = { names: ['Maya Okafor'], usernames: [], emails: [] };
    expect(found('Kwame and Maya', [party]).map(([, t]) => t)).toEqual(['Maya']);
    party.names.push('Kwame Mensah');
    expect(found('Kwame and Maya', [party]).map(([, t]) => t).sort()).toEqual(['Kwame', 'Maya']);
  });
});

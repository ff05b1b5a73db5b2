import { detectSpans } from '../redact';
import { describe, expect, it } from 'vitest';
import { detectDateTimes } from './datetime';

const found = (t: string) => detectDateTimes(t).map((s) => t.slice(s.start, s.end));

describe('dates and times', () => {
  it('finds dates with a day and times, merging one moment into one span', () => {
    expect(found('On March 3rd at 14:05 UTC she wrote.')).toEqual(['March 3rd at 14:05 UTC']);
    expect(found('Filed 3/14/2025, seen 2025-03-14T09:12:44Z, met 14.03.2025.')).toEqual(['3/14/2025', '2025-03-14T09:12:44Z', '14.03.2025']);
    expect(found('last Tuesday around 9pm')).toEqual(['last Tuesday around 9pm']);
    expect(found('on the second evening of the conference')).toEqual(['the second evening of the conference']);
  });

  it('finds relative days and dates in other languages and scripts', () => {
    expect(found('It was yesterday. Two days ago he left; tonight he returns.')).toEqual(['yesterday', 'Two days ago', 'tonight']);
    expect(found('Le 3 mars 2025. Am 12. Mai. El 3 de marzo. Было 12 марта.')).toEqual(['3 mars 2025', '12. Mai', '3 de marzo', '12 марта']);
    expect(found('2025年3月14日に、昨日')).toEqual(['2025年3月14日', '昨日']);
  });

  it('finds days, weekdays and times in more languages and shapes (dev2)', () => {
    expect(found('Er kam Donnerstagabend. Včera úterý odpoledne; tegnap délután; duminică dimineața.')).toEqual(['Donnerstagabend', 'Včera úterý odpoledne', 'tegnap délután', 'duminică dimineața']);
    expect(found('i går kväll kl. 23.10; eilen illalla klo 22.30; 3 Kasım Pazartesi saat 17.30')).toEqual(['i går kväll kl. 23.10', 'eilen illalla klo 22.30', '3 Kasım Pazartesi saat 17.30']);
    expect(found('lúc 2 giờ sáng thứ Bảy; Sabtu malam; Τρίτη το βράδυ; پنجشنبه شب; dissabte a les 20:15')).toEqual(['2 giờ sáng thứ Bảy', 'Sabtu malam', 'Τρίτη το βράδυ', 'پنجشنبه شب', 'dissabte a les 20:15']);
    expect(found('at 4:05 p.m. and around half past two; Sunday noon; hier soir vers minuit')).toEqual(['4:05 p.m.', 'around half past two', 'Sunday noon', 'hier soir vers minuit']);
    expect(found('Dienstag, den 4.11., gegen halb zehn; martedì scorso verso le 22; sáb 22:31')).toEqual(['Dienstag, den 4.11., gegen halb zehn', 'martedì scorso verso le 22', 'sáb 22:31']);
    expect(found('at 2330 hrs on Friday; [29/Nov/2025:14:22:08 +0000]; Wed, 26 Nov 2025 23:14:02 +0000')).toEqual(['2330 hrs on Friday', '29/Nov/2025:14:22:08 +0000', 'Wed, 26 Nov 2025 23:14:02 +0000']);
    expect(found('令和7年11月3日、昨日の午後3時ごろ、先週の金曜日の夜; on the 2nd; يوم الأحد الماضي')).toEqual(['令和7年11月3日', '昨日の午後3時ごろ', '先週の金曜日の夜', 'the 2nd', 'يوم الأحد الماضي']);
  });

  it('finds days and times in the shapes of the third development set (dev3)', () => {
    expect(found('Lo vi anoche sobre las 23:30. (Auszug vom Sonntag, 2. März, ca. 21 Uhr)')).toEqual(['anoche sobre las 23:30', 'Sonntag, 2. März, ca. 21 Uhr']);
    expect(found('3月8日（土）の懇親会で、翌日に連絡。지난주 금요일 밤')).toEqual(['3月8日（土）', '翌日', '지난주 금요일 밤']);
    expect(found('Vào tối thứ Bảy tuần trước; op maandagochtend 3 maart; del lunes 24/02; el jueves 6/3 a la noche')).toEqual(['tối thứ Bảy tuần trước', 'maandagochtend 3 maart', 'lunes 24/02', 'jueves 6/3 a la noche']);
    expect(found('Jule (Do., 13.03., 08:12): hi. It was Saturday the 8th. Then two days ago around lunch. Since the day after her talk.')).toEqual(['Do., 13.03., 08:12', 'Saturday the 8th', 'two days ago around lunch', 'the day after her talk']);
    expect(found('del 12 marzo alle 18. Sasa hat das am selben Abend erzählt. siku ya pili ya mkutano. Aliripoti jioni hiyo')).toEqual(['12 marzo alle 18', 'selben Abend', 'siku ya pili ya mkutano', 'jioni hiyo']);
    expect(found('סיכום שיחה עם נועה מיום ראשון')).toEqual(['יום ראשון']);
  });

  it('reads trigger words in any case, Greek final sigma included', () => {
    expect(found('ΧΘΕΣ; Χθες; ВЧЕРА ВЕЧЕРОМ; YESTERDAY')).toEqual(['ΧΘΕΣ', 'Χθες', 'ВЧЕРА ВЕЧЕРОМ', 'YESTERDAY']);
  });

  it('leaves hours that count things, and Jana the name', () => {
    expect(found('alle 18 Teilnehmer kamen; Jana kam später; a las 9 personas')).toEqual([]);
  });

  it('leaves ordinals, counts and words that only look like dates', () => {
    expect(found('on the 2nd floor, the 3rd time, around 20 people, I was sore yesterday')).toEqual(['yesterday']);
    expect(found('Hari said the quinta was lovely; este año no.')).toEqual([]);
  });

  it('finds relative days, weekdays and parts of the day in many languages', () => {
    expect(found('Вчера около 23:00 он написал; в прошлый вторник вечером тоже.')).toEqual(['Вчера около 23:00', 'прошлый вторник вечером']);
    expect(found('Тарас позавчора надіслав; w piątek wieczorem o 21:00; o 3 w nocy.')).toEqual(['позавчора', 'piątek wieczorem o 21:00', '3 w nocy']);
    expect(found('geçen salı akşamı, cuma günü')).toEqual(['geçen salı akşamı, cuma günü']);
    expect(found('mardi dernier vers 21 h. Fue el viernes por la noche. Na sexta-feira à noite.')).toEqual(['mardi dernier vers 21 h', 'viernes por la noche', 'sexta-feira à noite']);
    expect(found('राहुल ने कल रात मैसेज किए। कल शाम 7 बजे।')).toEqual(['कल रात', 'कल शाम 7 बजे']);
    expect(found('حدث ذلك مساء الخميس بعد الورشة')).toEqual(['مساء الخميس']);
    expect(found('שלח הודעות אתמול בלילה, וגם ביום שלישי בערב')).toEqual(['אתמול בלילה', 'יום שלישי בערב']);
    expect(found('어제 저녁 뒤풀이에서, 지난 금요일 밤에')).toEqual(['어제 저녁', '지난 금요일 밤']);
    expect(found('3月14日晚上的聚会，上周五晚上')).toEqual(['3月14日晚上', '上周五晚上']);
    expect(found('二日目の夜の懇親会で、3月5日21時ごろ')).toEqual(['二日目の夜', '3月5日21時ごろ']);
  });

  it('finds moments written around a day: parts of the day, approximations, days of an event', () => {
    expect(found('on the evening of July 9, and the night of April 21')).toEqual(['the evening of July 9', 'the night of April 21']);
    expect(found('They met at around 16:30 on Saturday.')).toEqual(['around 16:30 on Saturday']);
    expect(found('at the booth on day two; no último dia do evento')).toEqual(['day two', 'último dia do evento']);
    expect(found("noting that for Thursday's meeting; she left at 3 in the morning")).toEqual(['Thursday', '3 in the morning']);
  });

  it('leaves parts of the day alone, habits and idioms', () => {
    expect(found('In the evening we meet. La noche fue larga. Der Abend war schön.')).toEqual([]);
    expect(found('We meet every second Tuesday; हर सोमवार; It was broken from day one.')).toEqual([]);
    expect(found('Pendant 3 h nous avons parlé. Ich bin hier.')).toEqual([]);
  });

  it('leaves months or years alone, habits and durations', () => {
    expect(found('In March 2025 and in 2024, we meet on Monday mornings for two days.')).toEqual([]);
  });
});

describe('numeric dates with the Unicode flag', () => {
  it('takes the whole day of a slashed or ISO date (its word boundaries read Unicode letters)', () => {
    const t = 'Seen on 2025/03/18 and 2025-03-18.';
    expect(detectSpans(t).map((s) => t.slice(s.start, s.end))).toEqual(['2025/03/18', '2025-03-18']);
  });

  it('takes a lower-cased ISO timestamp whole (the letter t after the date does not lose it)', () => {
    const t = 'logged at 2025-03-14t09:12:44z by the bot';
    expect(detectSpans(t).map((s) => t.slice(s.start, s.end))).toEqual(['2025-03-14t09:12:44z']);
  });

  it('takes a list-archive date whole with its year after the time, and leaves a version number', () => {
    const t = 'Tue Mar 4 10:12:33 CET 2025: reproduced on 3.12.1';
    expect(detectSpans(t).map((s) => t.slice(s.start, s.end))).toEqual(['Tue Mar 4 10:12:33 CET 2025']);
  });
});

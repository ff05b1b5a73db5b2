// Vocabulary for dates and times in the languages case notes are most often written in.
// Month entries map each spelling to its month number (1–12) for rendering periods.

const monthSpellings: Array<[number, string[]]> = [
  [1, ['january', 'jan', 'januar', 'jänner', 'janvier', 'enero', 'gennaio', 'janeiro', 'januari', 'января', 'январь', 'stycznia', 'tammikuuta']],
  [2, ['february', 'feb', 'februar', 'février', 'fevrier', 'febrero', 'febbraio', 'fevereiro', 'februari', 'февраля', 'февраль', 'lutego']],
  [3, ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'março', 'maart', 'марта', 'март', 'marca']],
  [4, ['april', 'apr', 'avril', 'abril', 'aprile', 'апреля', 'апрель', 'kwietnia']],
  [5, ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei', 'мая', 'май', 'maja']],
  [6, ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'junho', 'июня', 'июнь', 'czerwca']],
  [7, ['july', 'jul', 'juli', 'juillet', 'julio', 'luglio', 'julho', 'июля', 'июль', 'lipca']],
  [8, ['august', 'aug', 'août', 'aout', 'agosto', 'augustus', 'августа', 'август', 'sierpnia']],
  [9, ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'setembro', 'сентября', 'сентябрь', 'września']],
  [10, ['october', 'oct', 'oktober', 'octobre', 'octubre', 'ottobre', 'outubro', 'октября', 'октябрь', 'października']],
  [11, ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'ноября', 'ноябрь', 'listopada']],
  [12, ['december', 'dec', 'dezember', 'décembre', 'decembre', 'diciembre', 'dicembre', 'dezembro', 'декабря', 'декабрь', 'grudnia']],
];

export const MONTH_NAMES_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const monthIndex = new Map<string, number>();
for (const [n, spellings] of monthSpellings) for (const s of spellings) monthIndex.set(s, n);

export function monthNumber(word: string): number | undefined {
  return monthIndex.get(word.toLowerCase().replace(/\.$/, ''));
}

const byLength = (a: string, b: string) => b.length - a.length;
export const MONTH = [...monthIndex.keys()].sort(byLength).join('|');

export const WEEKDAY = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'sabado', 'domingo',
  'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica',
  'понедельник', 'вторник', 'среду', 'среда', 'четверг', 'пятницу', 'пятница', 'субботу', 'суббота', 'воскресенье',
].sort(byLength).join('|');

// Capitalised only: "sat 3 hours" is not a Saturday.
export const WEEKDAY_ABBR = 'Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun';

export const TIMEZONE = 'UTC|GMT|CET|CEST|EET|EEST|WET|WEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|BST|IST|JST|KST|AEST|AEDT|ACST|AWST|NZST|NZDT|HKT|SGT|BRT|ART|WAT|EAT|CAT|SAST|Z';

export const PART_OF_DAY = 'morning|afternoon|evening|night|lunch|lunchtime|dinner|breakfast|morgen|vormittag|nachmittag|abend|nacht|matin|après-midi|soir|soirée|mañana|tarde|noche|mattina|pomeriggio|sera|notte|manhã|noite|утром|днём|вечером|ночью';

// Day-specific references relative to the writing ("yesterday") in several languages.
export const RELATIVE_DAY = [
  'the day before yesterday', 'the day after tomorrow', 'yesterday', 'today', 'tonight', 'tomorrow',
  'last night', 'earlier today', 'later today',
  'gestern', 'vorgestern', 'heute', 'aujourd\'hui', 'avant-hier', 'ayer', 'anteayer', 'hoy',
  'ieri', 'oggi', 'ontem', 'hoje', 'gisteren', 'vandaag', 'вчера', 'сегодня', 'позавчера',
].sort(byLength).join('|').replace(/ /g, '\\s+');

export const CJK_RELATIVE_DAY = '昨天|今天|前天|明天|昨日|今日|一昨日|明日|어제|오늘|그저께';

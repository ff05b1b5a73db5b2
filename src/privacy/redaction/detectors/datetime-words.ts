// Vocabulary for dates and times in the languages case notes are most often written in.
// Month entries map each spelling to its month number (1–12) for rendering periods.

const monthSpellings: Array<[number, string[]]> = [
  [1, ['january', 'jan', 'januar', 'jänner', 'janvier', 'enero', 'gennaio', 'janeiro', 'januari', 'января', 'январь', 'stycznia', 'tammikuuta', 'ocak']],
  [2, ['february', 'feb', 'februar', 'février', 'fevrier', 'febrero', 'febbraio', 'fevereiro', 'februari', 'февраля', 'февраль', 'lutego', 'şubat']],
  [3, ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'março', 'maart', 'марта', 'март', 'marca', 'mart']],
  [4, ['april', 'apr', 'avril', 'abril', 'aprile', 'апреля', 'апрель', 'kwietnia', 'nisan']],
  [5, ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei', 'мая', 'май', 'maja', 'mayıs']],
  [6, ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'junho', 'июня', 'июнь', 'czerwca', 'haziran']],
  [7, ['july', 'jul', 'juli', 'juillet', 'julio', 'luglio', 'julho', 'июля', 'июль', 'lipca', 'temmuz']],
  [8, ['august', 'aug', 'août', 'aout', 'agosto', 'augustus', 'августа', 'август', 'sierpnia', 'ağustos']],
  [9, ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'setembro', 'сентября', 'сентябрь', 'września', 'eylül']],
  [10, ['october', 'oct', 'oktober', 'octobre', 'octubre', 'ottobre', 'outubro', 'октября', 'октябрь', 'października', 'ekim']],
  [11, ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'ноября', 'ноябрь', 'listopada', 'kasım']],
  [12, ['december', 'dec', 'dezember', 'décembre', 'decembre', 'diciembre', 'dicembre', 'dezembro', 'декабря', 'декабрь', 'grudnia', 'aralık']],
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
  // Ukrainian, Polish, Turkish, Portuguese, Dutch, Hindi
  'понеділок', 'вівторок', 'середу', 'середа', 'четвер', 'пʼятницю', "п'ятницю", 'пʼятниця', "п'ятниця", 'суботу', 'субота', 'неділю', 'неділя',
  'poniedziałek', 'wtorek', 'środę', 'środa', 'czwartek', 'piątek', 'sobotę', 'sobota', 'niedzielę', 'niedziela',
  'pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar günü',
  'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'terça',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  'सोमवार', 'मंगलवार', 'बुधवार', 'गुरुवार', 'शुक्रवार', 'शनिवार', 'रविवार',
  // Arabic (with the article) and Hebrew
  'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الاربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد', 'الاحد',
  'יום ראשון', 'יום שני', 'יום שלישי', 'יום רביעי', 'יום חמישי', 'יום שישי', 'שבת',
].sort(byLength).join('|').replace(/ /g, '\\s+');

// Added from the second development set; used by their own patterns, which run only around
// these words (see datetime.ts), so that texts without them pay nothing for them.
export const WEEKDAY_MORE = [
  // Ukrainian genitive; Czech, Slovak; Serbian/Croatian/Bosnian; Nordic; Finnish; Hungarian;
  // Romanian; Greek; Catalan; Portuguese short forms; Indonesian/Malay; Vietnamese; Persian
  "п'ятниці", 'пʼятниці', 'суботи', 'неділі', 'понеділка', 'вівторка', 'четверга',
  'pondělí', 'úterý', 'středa', 'středu', 'čtvrtek', 'pátek', 'sobotu', 'neděle', 'neděli',
  'ponedeljak', 'ponedjeljak', 'utorak', 'sreda', 'sredu', 'srijeda', 'srijedu', 'četvrtak', 'petak', 'subota', 'subotu', 'nedelja', 'nedelju', 'nedjelja', 'nedjelju',
  'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag', 'mandag', 'tirsdag', 'lørdag', 'søndag',
  'maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai', 'sunnuntai', 'maanantaina', 'tiistaina', 'keskiviikkona', 'torstaina', 'perjantaina', 'lauantaina', 'sunnuntaina',
  'hétfő', 'hétfőn', 'kedden', 'szerdán', 'csütörtök', 'csütörtökön', 'péntek', 'pénteken', 'szombat', 'szombaton', 'vasárnap',
  'marți', 'miercuri', 'vineri', 'sâmbătă', 'duminică',
  'Δευτέρα', 'Τρίτη', 'Τετάρτη', 'Πέμπτη', 'Παρασκευή', 'Σάββατο', 'Κυριακή',
  'dilluns', 'dimarts', 'dimecres', 'dijous', 'divendres', 'dissabte', 'diumenge',
  'sexta', 'sábado',
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu',
  'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'chủ nhật',
  'شنبه', 'یکشنبه', 'دوشنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه',
].map((w) => w.toLowerCase()).sort(byLength).join('|').replace(/ /g, '\\s+');

// German weekday and part of the day in one word: "Donnerstagabend". One alternative, tried
// after the plain weekdays (whose end-of-word check fails inside the compound).
const GERMAN_DAYS = ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'];
const GERMAN_PARTS = ['morgen', 'vormittag', 'mittag', 'nachmittag', 'abend', 'nacht'];
export const GERMAN_DAY_PART_WORDS: string[] = GERMAN_DAYS.flatMap((d) => GERMAN_PARTS.map((p) => d + p));
// …and Dutch: "maandagochtend", "vrijdagavond".
const DUTCH_DAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
const DUTCH_PARTS = ['ochtend', 'morgen', 'middag', 'avond', 'nacht'];
GERMAN_DAY_PART_WORDS.push(...DUTCH_DAYS.flatMap((d) => DUTCH_PARTS.map((p) => d + p)));
export const GERMAN_COMPOUND = `(?:${GERMAN_DAYS.join('|')})(?:${GERMAN_PARTS.join('|')})|(?:${DUTCH_DAYS.join('|')})(?:${DUTCH_PARTS.join('|')})`;

// "last Tuesday", "в прошлый вторник", "geçen salı"; and after the weekday: "mardi dernier".
export const LAST_BEFORE = 'last|next|this|that|past|coming|previous|letzten|letzte|nächsten|dernier|прошлый|прошлую|прошлое|прошлой|следующий|следующую|минулого|минулий|минулу|минулої|наступного|zeszły|zeszłą|ostatni|ostatnią|przyszły|geçen|gelecek|bu|vorige|afgelopen|pasado|el\\s+pasado|passado|scorso';
export const LAST_BEFORE_MORE = 'يوم|minulý|minulou|minulé|prošle|prošlog|prošli|förra|viime|múlt|trecută|περασμένη|την\\s+περασμένη|passat|el\\s+passat';
export const LAST_AFTER = 'الماضي|الماضية|القادم|القادمة|lalu|passat|passada|trecută|trecut|günü|dernier|dernière|prochain|prochaine|pasado|pasada|próximo|próxima|passado|passada|que\\s+vem|scorso|scorsa|prossimo|prossima|passé|passée|tuần\\s+trước|tuần\\s+sau|tuần\\s+này|iliyopita|ijayo';

// Capitalised only: "sat 3 hours" is not a Saturday.
export const WEEKDAY_ABBR = 'Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|[Ss]áb|[Mm]ié|[Jj]ue|[Vv]ie|[Dd]om';

export const TIMEZONE = 'UTC|GMT|CET|CEST|EET|EEST|WET|WEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|BST|IST|JST|KST|AEST|AEDT|ACST|AWST|NZST|NZDT|HKT|SGT|BRT|ART|WAT|EAT|CAT|SAST|Z';

export const PART_OF_DAY = [
  'morning', 'afternoon', 'evening', 'night', 'lunch', 'lunchtime', 'dinner', 'breakfast',
  'morgen', 'vormittag', 'nachmittag', 'abend', 'nacht', 'matin', 'après-midi', 'soir', 'soirée',
  'mañana', 'tarde', 'noche', 'mattina', 'pomeriggio', 'sera', 'notte', 'manhã', 'noite',
  'утром', 'днём', 'днем', 'вечером', 'ночью', 'вранці', 'вдень', 'ввечері', 'увечері', 'вночі', 'уночі',
  'rano', 'wieczorem', 'w nocy', 'po południu', 'w południe',
  'sabah', 'sabahı', 'öğlen', 'öğleden sonra', 'akşam', 'akşamı', 'gece', 'gecesi',
  'por la mañana', 'por la tarde', 'por la noche', 'en la noche', 'en la tarde', 'de madrugada',
  'à noite', 'de manhã', 'à tarde', 'pela manhã', 'de noite', 'au soir', 'dans la soirée', 'dans la nuit',
  'in the morning', 'in the afternoon', 'in the evening', 'at night',
  'am abend', 'am morgen', 'am nachmittag', "'s avonds", "'s ochtends", "'s nachts",
  'रात', 'रात को', 'सुबह', 'शाम', 'शाम को', 'दोपहर', 'दोपहर को',
  'مساءً', 'مساء', 'صباحاً', 'صباحا', 'صباح', 'ليلاً', 'ليلا', 'ليلة', 'ظهراً', 'ظهرا',
  'בלילה', 'בבוקר', 'בערב', 'בצהריים', 'אחר הצהריים',
].sort(byLength).join('|').replace(/ /g, '\\s+');
export const PART_OF_DAY_MORE = [
  'noon', 'midnight', 'midi', 'minuit', 'mezzanotte', 'mezzogiorno', 'medianoche', 'mediodía', 'meia-noite', 'arvo',
  // Czech, Serbian/Croatian, Nordic, Finnish, Hungarian, Romanian, Greek, Catalan
  'ráno', 'dopoledne', 'odpoledne', 'večer', 'v noci', 'uveče', 'uvečer', 'ujutru', 'ujutro', 'popodne', 'noću',
  'kväll', 'kvällen', 'på kvällen', 'morgon', 'på morgonen', 'eftermiddag', 'på eftermiddagen', 'natt', 'på natten', 'aften', 'om aftenen', 'om morgenen',
  'aamulla', 'aamupäivällä', 'iltapäivällä', 'illalla', 'yöllä',
  'reggel', 'délelőtt', 'délután', 'éjjel', 'éjszaka',
  'dimineața', 'dimineaţa', 'după-amiaza', 'după-amiază', 'seara', 'noaptea',
  'το πρωί', 'το μεσημέρι', 'το απόγευμα', 'το βράδυ', 'τη νύχτα',
  'al matí', 'a la tarda', 'al vespre', 'a la nit',
  // Indonesian/Malay, Tagalog, Vietnamese, Persian, Bengali, Tamil, Georgian
  'pagi', 'siang', 'malam', 'umaga', 'hapon',
  'sáng', 'chiều', 'tối', 'trưa', 'đêm',
  'شب', 'صبح', 'عصر', 'ظهر',
  'রাতে', 'সকালে', 'বিকেলে', 'সন্ধ্যায়', 'দুপুরে',
  'மாலை', 'காலை', 'இரவு', 'மதியம்',
  'საღამოს', 'დილით', 'ღამით',
  'asubuhi', 'mchana', 'jioni', 'usiku',
].sort(byLength).join('|').replace(/ /g, '\\s+');

// Parts of the day written before the weekday or day they belong to: "مساء الخميس", "the
// evening of July 9", "la noche del viernes". Only kept when something follows them.
export const PART_BEFORE = "the\\s+(?:morning|afternoon|evening|night)\\s+of|la\\s+(?:noche|tarde|mañana)\\s+del?|(?:la\\s+)?(?:nuit|soirée|matinée)\\s+d[eu]|(?:a\\s+)?noite\\s+d[eao]|مساء|صباح|ليلة|ظهر|(?:в\\s+)?ночь\\s+на";

// Day-specific references relative to the writing ("yesterday") in several languages.
export const RELATIVE_DAY = [
  'the day before yesterday', 'the day after tomorrow', 'yesterday', 'today', 'tonight', 'tomorrow',
  'last night', 'earlier today', 'later today',
  'gestern', 'vorgestern', 'heute', 'aujourd\'hui', 'avant-hier', 'ayer', 'anteayer', 'hoy',
  'ieri', 'oggi', 'ontem', 'hoje', 'gisteren', 'vandaag', 'вчера', 'сегодня', 'позавчера',
  'завтра', 'послезавтра', 'вчора', 'учора', 'сьогодні', 'позавчора', 'післязавтра',
  'wczoraj', 'dzisiaj', 'dziś', 'przedwczoraj', 'jutro', 'pojutrze', 'dzisiejszej nocy',
  'dün', 'bugün', 'yarın', 'evvelsi gün', 'bu sabah', 'bu akşam', 'bu gece',
  'hier soir', 'hier matin', 'hier après-midi', 'demain', 'ce soir', 'cette nuit', 'ce matin', 'cet après-midi',
  'anoche', 'esta noche', 'esta mañana', 'esta tarde', 'pasado mañana',
  'anteontem', 'amanhã', 'esta noite', 'hoje à noite', 'ontem à noite',
  'stasera', 'stanotte', 'stamattina', 'domani', "l'altro ieri", 'altroieri',
  'eergisteren', 'vanavond', 'vannacht', 'vanochtend', 'vanmorgen',
  'कल', 'आज', 'परसों', 'आज रात',
  'أمس', 'امس', 'الأمس', 'بالأمس', 'البارحة', 'الليلة', 'اليوم', 'غداً', 'غدا', 'أول أمس',
  'אתמול', 'שלשום', 'היום', 'מחר', 'הלילה', 'הבוקר', 'הערב',
].sort(byLength).join('|').replace(/ /g, '\\s+');
export const RELATIVE_DAY_MORE = [
  'gisteravond', 'gistermiddag', 'gisterochtend', 'gisternacht',
  'včera', 'dnes', 'zítra', 'včera večer', 'juče', 'jučer', 'danas', 'sutra', 'sinoć', 'noćas',
  'igår', 'i går', 'idag', 'i dag', 'i morgon', 'i kväll', 'i natt', 'i morgen', 'i aften', 'i gårsdags',
  'eilen', 'tänään', 'huomenna', 'tegnap', 'holnap', 'tegnapelőtt', 'ieri', 'azi', 'astăzi', 'mâine', 'aseară', 'alaltăieri',
  'χθες', 'χτες', 'σήμερα', 'αύριο', 'απόψε', 'προχθές',
  'ahir', 'avui', 'demà', 'ahir a la nit', 'aquesta nit',
  'kemarin', 'semalam', 'tadi malam', 'besok', 'kahapon', 'kagabi', 'bukas',
  'hôm qua', 'hôm nay', 'tối qua', 'đêm qua', 'ngày mai',
  'دیروز', 'امروز', 'فردا', 'دیشب', 'امشب',
  'গতকাল', 'আজ', 'আগামীকাল', 'நேற்று', 'இன்று', 'நாளை', 'გუშინ', 'დღეს', 'ხვალ',
  // Swahili: "juzi" the day before yesterday, "kesho" tomorrow, "jioni hiyo" that evening;
  // "jana" (yesterday) only with a part of the day, since Jana is also a given name.
  'juzi', 'kesho', 'jana usiku', 'jana jioni', 'leo asubuhi', 'leo jioni', 'leo usiku', 'jioni hiyo', 'usiku huo', 'asubuhi hiyo', 'siku hiyo',
].sort(byLength).join('|').replace(/ /g, '\\s+');

export const CJK_RELATIVE_DAY = '昨天|今天|前天|明天|昨晚|今晚|昨夜|昨日|今日|一昨日|明日|今夜|今朝|翌日|前日|当日|當天|当天|翌朝|前夜|その日|その夜|어제|오늘|그저께|내일|엊그제|그날|다음날';

// Weekdays, parts of the day and days within an event in Chinese, Japanese and Korean.
export const CJK_WEEKDAY = '(?:上|下|这|這|本|今|先)?(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]|(?:(?:先週|今週|来週|先々週)の?)?[月火水木金土日]曜日?|(?:지난주|다음주|이번주|지난|다음|이번)?\\s?[월화수목금토일]요일';
export const CJK_PART_OF_DAY = '晚上|早上|上午|下午|中午|凌晨|傍晚|夜里|夜裡|半夜|深夜|夕方|午前中|午後|の夜|の朝|の昼|の晩|夜|朝|저녁|아침|밤|새벽|오후|오전|점심';
export const CJK_EVENT_DAY = '[一二三四五六七八九十\\d]+日目|最終日|初日|第[一二三四五六七八九十\\d]+天|最后一天|最後一天|첫날|마지막\\s?날|[둘셋넷]째\\s?날';
// "about" after a time: 21時ごろ, 9点左右, 9시쯤.
export const CJK_ABOUT = 'ごろ|頃|くらい|ぐらい|左右|前后|前後|쯤|경';

// Context cues for person names: words around a capitalised word that make it a person
// ("Dr.", "told", "said"), and words after a name that make the whole phrase an institution
// or event named after someone ("Grace Hopper Celebration").

export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'herr', 'frau', 'mme', 'mlle', 'monsieur', 'madame', 'sr', 'sra', 'srta', 'señor', 'señora',
  'signor', 'signora', 'pan', 'pani', 'hr', 'fr', 'dott', 'ing', 'uncle', 'aunt', 'auntie',
  'sister', 'brother', 'pastor', 'father', 'rabbi', 'imam', 'officer', 'captain', 'coach',
]);

// Verbs after which a capitalised word is the person acted on, greetings, relations.
export const BEFORE_PERSON = new Set([
  'told', 'tell', 'tells', 'asked', 'ask', 'asks', 'thanked', 'thank', 'thanks', 'met', 'meet',
  'contacted', 'contact', 'emailed', 'messaged', 'invited', 'warned', 'banned', 'suspended', 'blocked',
  'cc', 'dear', 'hi', 'hello', 'hey', 'ping', 'pinged', 'dmed', 'harassed', 'followed', 'touched',
  'insulted', 'approached', 'grabbed', 'mocked', 'interrupted', 'threatened', 'accused', 'hugged',
  'kissed', 'introduced', 'involving', 'hallo', 'bonjour', 'hola', 'ciao', 'olá', 'merci', 'danke',
  'gracias', 'obrigado', 'obrigada', 'né', 'née', 'aka', 'alias', 'nickname', 'partner', 'colleague',
  'friend', 'manager', 'boss', 'coworker', 'co-worker', 'wife', 'husband', 'girlfriend', 'boyfriend',
  'mentor', 'mentee', 'student', 'teacher', 'roommate', 'supervisor', 'liebe', 'lieber', 'chère', 'cher',
  'querida', 'querido', 'спасибо', 'привет', "i'm", 'i’m', "dm'd", 'dm’d', 'drove', 'teilnehmer', 'teilnehmerin',
  'kollege', 'kollegin', 'referent', 'referentin', 'participante', 'participant', 'participante', 'colega',
  // Self-introductions: "je suis X", "soy X", "sono X", "jestem X", "me llamo X", "меня зовут X".
  'suis', 'soy', 'sono', 'sou', 'jestem', 'llamo', 'chiamo', 'heiße', 'heisse', 'зовут', 'звати',
]);

// Words after a name that support one that is also an ordinary word ("if Summer is still",
// "Bill from the venue"); too common to make an unknown word a name.
export const SOFT_AFTER = new Set([
  'is', 'was', 'has', 'had', 'will', 'would', "won't", 'won’t', 'can', "can't", 'can’t', 'could', 'did', "didn't",
  'didn’t', 'does', "doesn't", 'doesn’t', 'still', 'also', 'never', 'always', 'from',
]);

// Prepositions and conjunctions: they support a word already known as a name, nothing more.
export const WEAK_BEFORE = new Set([
  'with', 'by', 'from', 'to', 'and', 'or', 'about', 'against', 'for', 'than', 'like', 'between',
  'avec', 'con', 'mit', 'für', 'pour', 'para', 'und', 'et', 'y', 'e', 'de', 'von', 'и', 'с', 'и',
]);

// Verbs a person does, right after the name.
export const AFTER_PERSON = new Set([
  'said', 'says', 'wrote', 'writes', 'told', 'tells', 'asked', 'asks', 'replied', 'answered', 'posted',
  'messaged', 'texted', 'mentioned', 'reported', 'explained', 'apologized', 'apologised', 'complained',
  'admitted', 'denied', 'confirmed', 'agreed', 'laughed', 'shouted', 'yelled', 'whispered', 'cried',
  'emailed', 'dmed', 'insisted', 'claimed', 'promised', 'threatened', 'touched', 'grabbed', 'followed',
  'approached', 'harassed', 'insulted', 'joked', 'commented', 'argued', 'refused', 'felt', 'feels',
  'thinks', 'thought', 'believes', 'wants', 'wanted', 'tried', 'left', 'joined', 'arrived', 'responded',
  'kept', 'keeps', 'made', 'sent', 'called', 'noted', 'added', 'stated', 'shared', 'witnessed', 'saw',
  'heard', 'seemed', 'looked', 'went', 'came', 'stood', 'sat', 'walked', 'blocked', 'muted', 'deleted',
  'edited', 'interrupted', 'mocked', 'sagte', 'schrieb', 'meinte', 'dit', 'dijo', 'disse', 'сказал',
  'сказала', 'написал', 'написала', 'herself', 'himself', 'themself', 'themselves', 'who',
]);

// Prepositions of place: "in São Paulo", "at Italia" are places, not people.
export const PLACE_BEFORE = new Set(['in', 'at', 'near', 'across', 'outside', 'inside', 'around', 'via', 'to', 'from', 'en', 'à', 'a', 'im', 'nach', 'aus', 'em', 'no', 'na', 'в', 'во', 'из']);

// Words after a capitalised phrase that make it an institution, event, place or thing.
export const INSTITUTION_WORDS = new Set([
  'conference', 'celebration', 'foundation', 'institute', 'university', 'award', 'awards', 'prize',
  'fellowship', 'scholarship', 'project', 'library', 'street', 'st', 'avenue', 'road', 'hall', 'center',
  'centre', 'room', 'building', 'school', 'college', 'summit', 'festival', 'day', 'days', 'hotel', 'park',
  'station', 'airport', 'bridge', 'square', 'lab', 'labs', 'inc', 'ltd', 'llc', 'gmbh', 'group', 'team',
  'society', 'association', 'meetup', 'con', 'camp', 'sprint', 'sprints', 'framework', 'language',
  'stadium', 'museum', 'theatre', 'theater', 'church', 'hospital', 'company', 'corp', 'corporation',
  'fund', 'trust', 'initiative', 'program', 'programme', 'workshop', 'track', 'stage', 'auditorium',
  'lecture', 'memorial', 'prize', 'medal', 'code', 'bot', 'app', 'server', 'channel', 'theme', 'plugin',
  'chapter', 'chapters', 'release', 'version',
]);

// Capitalised words that are roles, greetings or sentence furniture, never a name alone.
export const NEVER_NAMES = new Set([
  'i', 'the', 'a', 'an', 'seriously', "you're", 'you’re', 'kia', 'ngā', 'reporter', 'reporters', 'organizer', 'organiser', 'organizers', 'organisers',
  'moderator', 'moderators', 'witness', 'speaker', 'attendee', 'volunteer', 'chair', 'member', 'members',
  'board', 'team', 'staff', 'admin', 'admins', 'party', 'person', 'people', 'someone', 'somebody', 'they',
  'he', 'she', 'we', 'you', 'it', 'hi', 'hello', 'hey', 'dear', 'thanks', 'regards', 'best', 'cheers',
  'ok', 'okay', 'yes', 'no', 'not', 'also', 'then', 'but', 'and', 'or', 'so', 'if', 'when', 'after',
  'before', 'during', 'later', 'today', 'yesterday', 'tomorrow', 'note', 'notes', 'update', 'subject',
  'outcome', 'decision', 'case', 'report', 'incident', 'summary', 'please', 'sorry', 'thank', 'lol',
  'god', 'jesus', 'christ', 'allah', 'santa', 'code', 'conduct', 'working', 'group', 'committee',
  "i'm", 'i’m', "i'd", 'i’d', "i'll", 'i’ll', "i've", 'i’ve',
  // Articles and pronouns of other languages at the start of a sentence ("Ela disse", "Der Teilnehmer").
  'der', 'die', 'das', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'los', 'las', 'gli', 'ela', 'ele', 'elas', 'eles',
  'ella', 'ellos', 'ellas', 'elle', 'elles', 'ils', 'sie', 'wir', 'lui', 'lei', 'ona', 'oni',
]);

export const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'del', 'della', 'di', 'du', 'la', 'le', 'bin', 'binti', 'ibn', 'al', 'el', 'ter', 'ten', 'dos', 'das', 'y', 'zu', 'af']);

// Honorific suffixes after names in Japanese, Chinese and Korean.
export const CJK_HONORIFICS = 'さん|さま|様|くん|君|ちゃん|氏|先生|殿|先輩|老师|老師|同学|同學|女士|先生|小姐|씨|님|선생님';

// Function words of scripts without case that also appear in name lists ("على" is "on" and a
// spelling of Ali; "أنا" is "I"): never a name on their own.
export const UNCASED_FUNCTION_WORDS = new Set([
  'أنا', 'انا', 'على', 'في', 'من', 'إلى', 'الى', 'عن', 'مع', 'هذا', 'هذه', 'ذلك', 'التي', 'الذي', 'هو', 'هي', 'نحن', 'أنت', 'لا', 'ما',
  'قد', 'كان', 'كانت', 'بعد', 'قبل', 'عند', 'كل', 'أو', 'ثم', 'لكن', 'يا', 'شخص', 'مرحبا', 'مرحباً',
  'به', 'از', 'که', 'را', 'با', 'در', 'این', 'آن', 'من', 'تو', 'او', 'ما', 'شما', 'یک',
  'אני', 'את', 'של', 'על', 'עם', 'אל', 'זה', 'זו', 'הוא', 'היא', 'אליה', 'אליו', 'לא', 'כן', 'גם', 'רק', 'אבל', 'כי', 'מה', 'אתה', 'היום',
  'मैं', 'हम', 'आप', 'वह', 'यह', 'और', 'के', 'की', 'का', 'में', 'से', 'को', 'पर',
]);

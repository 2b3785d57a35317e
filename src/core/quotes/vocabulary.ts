/** Words that mark speech, titles to drop from a speaker's name, and capitalized words that are no names. */

const SPEECH_VERB_LIST = `say says said saying tell tells told telling add adds added adding
notes noted noting ask asks asked asking write writes wrote writing argue argues argued arguing
explain explains explained explaining continued states stated declares declared declaring
insist insists insisted insisting recalls recalled recalling replies replied replying
responds responded responding warn warns warned warning acknowledges acknowledged admit admits admitted
claims claimed conceded quipped tweets tweeted tweeting posted announces announced announcing
observes observed remarked suggests suggested suggesting shouted joked complains complained
predicts predicted emphasizes emphasized emphasised exclaimed testified boasts boasted bragged
vows vowed promises promised urges urged pledges pledged calls called calling describes described describing
concludes concluded charged contends contended countered agrees agreed maintains maintained asserts asserted
alleges alleged laments lamented pleaded scoffed thundered cautioned stressed recounted wondered
repeated reiterated proclaimed echoed affirmed confirmed disclosed revealed mused exhorted demanded demands
advised texted emailed retorted interjected yelled screamed chanted opined pressed declares beamed put puts claim`;

export const SPEECH_VERBS: ReadonlySet<string> = new Set(SPEECH_VERB_LIST.split(/\s+/));

/** Titles and roles that precede a name and are not part of it ("Sen. Marco Rubio" -> "Marco Rubio"). */
const TITLE_LIST = `Mr. Mrs. Ms. Dr. Sen. Rep. Gov. Gen. Lt. Col. Sgt. Capt. Adm. Maj. Prof. Rev. Hon. Sens. Reps.
President Vice Senator Sen Rep Representative Congressman Congresswoman Governor Gov Mayor Minister
Secretary Chairman Chairwoman Chair Chief Director Spokesman Spokeswoman Spokesperson Speaker Leader
Judge Justice Attorney General Commissioner Ambassador Councilman Councilwoman Delegate Sheriff
King Queen Prince Princess Pope Father Sister Brother Rabbi Pastor Bishop Archbishop Cardinal Imam Sheikh
Reverend Sir Dame Lord Professor Officer
Premier Chancellor Candidate Nominee Host Anchor Correspondent Editor Author Founder CEO CFO COO
Manager Strategist Adviser Advisor Aide Analyst Pollster Lawyer Economist Colonel Captain Sergeant
Lieutenant Admiral Major Commander State Former Presidential Democratic Republican GOP Mrs Mr Ms Dr`;

export const TITLES: ReadonlySet<string> = new Set(TITLE_LIST.split(/\s+/));

/** Capitalized words that start sentences or name times, never a speaker. */
const NOT_NAME_LIST = `The A An But And Or So Yet In On At For Of To With From By As After Before When While If
Although Though Because Since This That These Those It Its There Here Then Now Still Also However
Meanwhile Asked Last Next Some Many Most Other Another Such Even Only Just Yes No Not Our We They
Their His Her My I You Your He She What Who Why How Where Which Whether Today Tonight Yesterday
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
August September October November December Earlier Later Speaking Instead Indeed Still Both Each
Every All One Two Three Several Like Unlike Despite During Until Without Within Through Over Under
Already Again Finally Ultimately Separately Afterward Nevertheless Moreover Furthermore Additionally
Than Similarly Specifically Overall Perhaps Maybe Sometimes Often Otherwise Together Thus Hence Instead`;

export const NOT_NAMES: ReadonlySet<string> = new Set(NOT_NAME_LIST.split(/\s+/));

export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'He', 'She']);

/** Words that may stand between a speaker and the speech verb ("Cruz later said"). */
export const ADVERBS: ReadonlySet<string> = new Set(['also', 'later', 'then', 'once', 'again', 'simply', 'recently', 'previously', 'has', 'had', 'have', 'would', 'will', 'was', 'is', 'not', 'never', 'himself', 'herself', 'themselves', 'itself']);

/** Times that may sit between a speaker and the verb, or after the verb ("Priebus later Thursday told"). */
export const TIME_WORDS: ReadonlySet<string> = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'today', 'yesterday', 'tonight', 'earlier', 'afterward', 'afterwards', 'last', 'week', 'night', 'morning', 'evening', 'afternoon']);

/** Lower-case words that end the noun phrase holding a speaker after "said". */
export const PHRASE_ENDERS: ReadonlySet<string> = new Set(['for', 'at', 'in', 'on', 'to', 'with', 'from', 'during', 'after', 'before', 'while', 'when', 'who', 'whose', 'which', 'that', 'as', 'and', 'but', 'about', 'because', 'since', 'than', 'if', 'by', 'over', 'into', 'through', 'against']);

/** Lower-case words after a name that show it is not the subject ("Trump campaign", "Obama of"). */
export const NOT_VERBS: ReadonlySet<string> = new Set([...PHRASE_ENDERS, 'of', 'the', 'a', 'an', 'campaign', 'administration', 'supporters', 'aides', 'officials', 'voters', 'rally', 'rallies', 'and', 'or', 'news', 'this', 'its']);
/** Verbs and auxiliaries after a subject that end in neither -s nor -ed. */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(['went', 'took', 'ran', 'made', 'gave', 'got', 'came', 'began', 'held', 'sent', 'spent', 'felt', 'left', 'kept', 'brought', 'thought', 'saw', 'shot', 'fought', 'won', 'lost', 'spoke', 'wrote', 'told', 'said', 'put', 'can', 'could', 'should', 'must', 'may', 'might', 'did', 'does', 'do', 'are', 'were']);
/** Verbs whose speaker may follow them ("said Cruz"); after "told" or "called" comes the listener. */
export const INVERTING_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'asked', 'asks', 'continued', 'explained', 'noted', 'recalled', 'replied', 'responded', 'insisted', 'argued', 'declared', 'stated', 'remarked', 'observed', 'quipped', 'warned', 'concluded', 'countered', 'tweeted']);
/** "with spokesman Glen Caplin saying, …": a participle whose own subject stands right before it. */
export const ABSOLUTE_PARTICIPLES: ReadonlySet<string> = new Set(['saying', 'adding', 'writing', 'asking', 'noting']);
/** Words that may follow "he said" when it ends an attribution ("he said on Friday", "in a statement"). */
export const CIRCUMSTANCE_OPENERS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'while', 'when', 'from', 'via', 'through', 'to', 'as']);
/** Lower-case words that open a new clause after a quotation rather than its attribution. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'so', 'that', 'as', 'while', 'when', 'which', 'who', 'because', 'if', 'to', 'for', 'of', 'in', 'on', 'at', 'with', 'from', 'by', 'about', 'than', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'it', 'they', 'we', 'i', 'this']);

/**
 * The most frequent function words of the languages seen in scraped news (English, Spanish,
 * Portuguese, Italian, French, German, Dutch, Indonesian, Russian). Prose is dense in them in any
 * of these languages; menus and link lists are not (jusText's key signal). Scripts without spaces
 * (Chinese, Japanese) and Korean, whose particles attach to words, are judged by punctuation instead.
 */
const WORDS = [
  // English
  'a an the and or but of to in on at by for with from as is are was were be been being has have had do does did',
  'it its this that these those he she they we you i his her their our your him them who which what when where',
  'not no will would can could should may might must there than then so if into about after before over also',
  'said says one more most some such only just up out new all other because while during through against',
  'between under again here how why very own same both each few any until off down now my me us like',
  'get got make made many well even back last still way told two first time year years people since',
  // Spanish, Portuguese
  'el la los las un una unos unas y o de del al en con por para que es son fue se su sus lo como más pero',
  'o a os as um uma uns umas e do da dos das no na nos nas em com por para que é são foi se seu sua mais mas ao',
  'não também ou pelo pela este esta isso',
  // Italian, French
  'il lo gli le un uno una di da del della dei delle nel nella con per che è sono non si come anche più ma',
  'le la les un une des du de et ou en dans sur pour par avec qui que est sont pas ce cette il elle ils au aux',
  // German, Dutch
  'der die das den dem des ein eine einer und oder zu im mit von für auf ist sind war nicht sich auch es als',
  'de het een en van in op te met voor is zijn dat die niet ook aan als bij',
  // Indonesian
  'yang dan di ke dari untuk dengan ini itu dalam tidak akan ada pada juga oleh karena atau sebagai telah',
  // Russian
  'и в во не что он она они на я с со как а то все его но да ты к у же вы за бы по только ее мне было',
  'это из от о так для при мы их или уже был была были ещё еще который которые также',
];

export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.join(' ').split(' '));

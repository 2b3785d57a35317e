/** Article texts of our own that the header and boilerplate tests put under their page furniture. */

/** A short news story in three paragraphs: the prose a headline, byline or dateline sits above. */
export const BRIDGE_STORY = [
  'The council on Monday presented a plan to rebuild the harbour bridge, which has been closed to traffic since a storm damaged it.',
  '',
  'Work on the harbour bridge would start next year and take three years, the city said in a statement after the council meeting.',
  '',
  'Residents have waited for the bridge to reopen since the spring, when the storm tore away a part of its deck.',
];

/** Seven lines of article prose, one sentence a line, as scraped pages print paragraphs. */
export const CLINICS_ARTICLE = [
  'The city council voted on Tuesday to extend the program for another two years, officials said.',
  'Supporters of the measure argued that it had reduced waiting times at the clinics by almost a third.',
  'Critics said the money would be better spent on the roads, which have not been repaired since the flood.',
  'The mayor said she would sign the bill this week and that the first payments would go out in March.',
  'Residents who spoke at the meeting were divided, with several asking for a public vote on the plan next spring.',
  'The program was first approved in 2019 after a long debate about the cost of running the clinics at night.',
  'Officials expect the number of patients to grow again once the new clinic in the north of the city opens.',
];

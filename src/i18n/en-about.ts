/** The About page's words (src/pages/about.astro): what the site is and how a briefing is made. */
export const enAbout = {
  'about.title': 'About Briefing Room',
  'about.navTitle': 'About',
  'about.description':
    'What Briefing Room is, where its briefings come from, how their machine translation is mended and noted, and how to cite a recommendation.',
  'about.intro':
    'Briefing Room publishes policy analyses as briefings. Each briefing gives a short summary of the analysis, its text as it reached us, and every recommendation it makes as an entry of its own, with a permanent address to link to and cite.',
  'about.sourcesHeading': 'Where the briefings come from',
  'about.sources':
    'The briefings so far reached us only as English machine translations of Arabic-language press summaries of analyses first published in English. The text we print is that translation, not the original.',
  'about.provenance':
    'Each briefing’s Provenance box sets out the chain: the original analysis, with its author and publisher, and its title, address and date only where they are known; the outlet that published the Arabic summary, or that the text does not name one; and the translation we read. A date says how precise it is and how it is known. Where the editors identify something the summary does not name, such as a report it cites, the briefing says that the identification is the editors’, and why.',
  'about.translationHeading': 'The translation, and the editor’s notes',
  'about.translation':
    'A machine translation garbles names and phrases: one person’s name comes out in two spellings, and Arabic words with two senses are sometimes rendered with the wrong one. Where the sense is clear, the editors mend the text; where it is not, they keep what the translation says.',
  'about.notes':
    'Every change to the translation is an editor’s note that readers see: what the translation reads, what we print, and why. A dagger (†) after a mended passage leads to its note. Summaries and titles the editors wrote are labelled as theirs.',
  'about.notesExample': 'See, for example, the editor’s notes on {analyst}’s analysis.',
  'about.proposersHeading': 'Who proposes what',
  'about.proposers':
    'Every proposal in a briefing is a recommendation, attributed to whoever proposes it: the analyst whose work the summary reports, or a report that the summary cites. A cited report’s proposals are listed under that report and never counted as the analyst’s.',
  'about.citeHeading': 'How to cite',
  'about.cite':
    'Each recommendation has its own page with a permanent address and a Cite this box, in plain text and BibTeX. A citation says whose proposal it is, the outlet that summarised it, that we read a machine translation, and the address on this site, dated the day you read it.',
  'about.feed': 'New briefings are announced in the site’s RSS feed.',
} as const;

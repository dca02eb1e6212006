/** Published results: the home page's latest edition, edition results and public project pages. */
export const results = {
  results: {
    pageTitle: 'Results',
    projectPageTitle: 'Project',
    latestTitle: 'Results:',
    allResults: 'All results of this edition',
    loadFailed: 'The latest results could not be loaded',
    edition: '{year} · edition {number}',
    fields: 'Fields',
    timeline: 'Timeline',
    winners: 'Winners',
    finalistsIn: 'Finalists in',
    otherFinalists: 'Other finalists',
    noFinalists: 'No finalists are shown for this edition.',
    notPublished: 'The results of this edition are not published yet.',
    projectNotFound: 'This project is not public',
    projectNotFoundText: 'It may not exist, or only its team and the organizers can see it.',
  },
} as const;

import { CopyrightRef } from './refs.js';

CopyrightRef.implement({
  description: 'A copyright statement of a release, as the label registered it with Spotify.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The statement, e.g. "© 2013 BIGHIT MUSIC".' }),
    type: t.exposeString('type', {
      description: 'Which right it states: "C" for the copyright of the work, "P" for the copyright of the sound recording (the performance).',
    }),
  }),
});

import { graphql, readFragment, type FragmentType } from '../gql';
import { longDuration } from '../words';

const ChapterRowFragment = graphql(`
  fragment ChapterRow on Chapter {
    id
    name
    chapterNumber
    durationMs
  }
`);

export function ChapterRow(props: { chapter: FragmentType<typeof ChapterRowFragment> }) {
  const chapter = readFragment(ChapterRowFragment, props.chapter);
  return (
    <div className="track">
      <span className="track-number">{chapter.chapterNumber + 1}</span>
      <span className="track-title">{chapter.name}</span>
      <span className="track-duration">{longDuration(chapter.durationMs)}</span>
    </div>
  );
}

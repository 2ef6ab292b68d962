import { useQuery } from 'urql';
import { ChapterRow } from '../components/ChapterRow';
import { ConnectionList } from '../components/ConnectionList';
import { Hero } from '../components/Hero';
import { SaveToggle } from '../components/SaveToggle';
import { Unavailable } from '../components/Unavailable';
import { graphql } from '../gql';
import { useTitle } from '../useTitle';
import { plural } from '../words';

const AudiobookQuery = graphql(`
  query Audiobook($id: ID!) {
    audiobook(id: $id) {
      id
      uri
      name
      authors
      narrators
      publisher
      description
      edition
      totalChapters
      spotifyUrl
      images {
        ...Picture
      }
    }
  }
`);

const AudiobookChaptersQuery = graphql(`
  query AudiobookChapters($id: ID!, $after: String) {
    audiobook(id: $id) {
      id
      chapters(first: 50, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...ChapterRow
          }
        }
      }
    }
  }
`);

/** Why an audiobook may be missing or its chapters refused: Spotify sells them in a few markets. */
const MARKET_NOTE = 'Spotify sells audiobooks only in some countries (the US, the UK, Canada, Ireland, Australia, New Zealand and a few more).';

export function AudiobookScreen({ id }: { id: string }) {
  const [result, reexecute] = useQuery({ query: AudiobookQuery, variables: { id } });
  const book = result.data?.audiobook;
  useTitle(book?.name, 'Audiobook');
  if (!book) {
    return <Unavailable what="audiobook" note={MARKET_NOTE} fetching={result.fetching} error={result.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }
  return (
    <main>
      <Hero kind="Audiobook" name={book.name} images={book.images} spotifyUrl={book.spotifyUrl} actions={<SaveToggle uri={book.uri} verb="save" />}>
        <p className="detail">By {book.authors.join(', ')}</p>
        {book.narrators.length > 0 && <p className="detail">Narrated by {book.narrators.join(', ')}</p>}
        <p className="detail">{[book.publisher, book.edition, plural(book.totalChapters, 'chapter')].filter(Boolean).join(' · ')}</p>
      </Hero>
      <p className="description">{book.description}</p>
      <p className="status">{MARKET_NOTE} Outside them, its chapters are not listed.</p>
      <h2>Chapters</h2>
      <ConnectionList
        name={`audiobook:${id}`}
        query={AudiobookChaptersQuery}
        variables={{ id }}
        connection={(data) => data.audiobook?.chapters}
        item={(chapter) => <ChapterRow chapter={chapter} />}
        empty="This audiobook lists no chapters."
        layout="rows"
        hiddenWhen={(codes) => codes.includes('NOT_FOUND') && <p className="notice">Its chapters are not sold where you are. {MARKET_NOTE}</p>}
      />
    </main>
  );
}

// Shows, episodes, audiobooks and chapters as wire objects. Development Mode leaves out
// their deprecated fields: available_markets, publisher, audio_preview_url and language.
// Audiobooks and chapters are sold only in AUDIOBOOK_MARKETS; the routes decide what a call
// from elsewhere gets.

import type { ChapterRecord, EpisodeRecord } from './catalog-spoken.js';
import { pageLinks } from './http.js';
import type {
  AppMode, Copyright, FullAudiobook, FullChapter, FullEpisode, FullShow, SimplifiedAudiobook, SimplifiedChapter,
  Paging, SimplifiedEpisode, SimplifiedShow,
} from './wire-types.js';
import { MARKETS, toJson, type Json, type Wire } from './wire.js';

/** "Audiobooks are only available within the US, UK, Canada, Ireland, New Zealand and Australia markets." */
export const AUDIOBOOK_MARKETS: readonly string[] = ['AU', 'CA', 'GB', 'IE', 'NZ', 'US'];

/** The first page embedded in a full show or audiobook, as for albums. */
const EMBEDDED = 50;

const html = (text: string) => `<p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`;
const preview = (hash: string | null) => (hash === null ? null : `https://p.scdn.co/mp3-preview/${hash}`);
const link = (kind: string, id: string) => ({ external_urls: { spotify: `https://open.spotify.com/${kind}/${id}` } });

export class SpokenWire {
  constructor(private readonly wire: Wire) {}

  private get catalog() {
    return this.wire.catalog;
  }

  simplifiedShow(i: number, mode: AppMode): SimplifiedShow {
    const s = this.catalog.shows[i];
    const copyrights: Copyright[] = [{ text: `© ${s.publisher}`, type: 'C' }];
    const show: SimplifiedShow = {
      copyrights, description: s.description, html_description: html(s.description), explicit: s.explicit,
      ...link('show', s.id), href: `${this.wire.apiBase}/shows/${s.id}`, id: s.id,
      images: this.wire.images(s.id, s.image, 'show'), is_externally_hosted: false, languages: ['ko', 'en'],
      media_type: 'audio', name: s.name, type: 'show', uri: `spotify:show:${s.id}`, total_episodes: s.episodes.length,
    };
    if (mode === 'development') return show;
    return { available_markets: [...MARKETS], ...show, publisher: s.publisher };
  }

  fullShow(i: number, mode: AppMode): FullShow {
    const s = this.catalog.shows[i];
    const first = s.episodes.slice(0, EMBEDDED).map((e) => this.simplifiedEpisodeJson(e, mode));
    const episodes = this.wire.page(pageLinks(`${this.wire.apiBase}/shows/${s.id}/episodes`, '', 0, EMBEDDED, s.episodes.length), first);
    return { ...this.simplifiedShow(i, mode), episodes: JSON.parse(episodes) as Paging<SimplifiedEpisode | null> };
  }

  simplifiedEpisode(i: number, mode: AppMode): SimplifiedEpisode {
    const e: EpisodeRecord = this.catalog.episodes[i];
    const episode: SimplifiedEpisode = {
      description: e.description, html_description: html(e.description), duration_ms: e.durationMs, explicit: e.explicit,
      ...link('episode', e.id), href: `${this.wire.apiBase}/episodes/${e.id}`, id: e.id,
      images: this.wire.images(e.id, e.image, 'episode'), is_externally_hosted: false, is_playable: true,
      languages: [e.language], name: e.name, ...this.wire.releaseDate(e.id, e.releaseDate, e.releaseDatePrecision),
      type: 'episode', uri: `spotify:episode:${e.id}`,
    };
    if (mode === 'development') return episode;
    return { audio_preview_url: preview(e.preview), ...episode, language: e.language };
  }

  fullEpisode(i: number, mode: AppMode): FullEpisode {
    return { ...this.simplifiedEpisode(i, mode), show: this.simplifiedShow(this.catalog.episodes[i].show, mode) };
  }

  simplifiedAudiobook(i: number, mode: AppMode): SimplifiedAudiobook {
    const b = this.catalog.audiobooks[i];
    const book: SimplifiedAudiobook = {
      authors: b.authors.map((name) => ({ name })),
      copyrights: [{ text: `© ${b.authors[0]}`, type: 'C' }, { text: `℗ ${b.publisher}`, type: 'P' }],
      description: b.description, html_description: html(b.description), edition: b.edition, explicit: b.explicit,
      ...link('show', b.id), href: `${this.wire.apiBase}/audiobooks/${b.id}`, id: b.id,
      images: this.wire.images(b.id, b.image, 'audiobook'), languages: ['en'], media_type: 'audio', name: b.name,
      narrators: b.narrators.map((name) => ({ name })), type: 'audiobook', uri: `spotify:show:${b.id}`,
      total_chapters: b.chapters.length,
    };
    if (mode === 'development') return book;
    const { authors, ...rest } = book;
    return { authors, available_markets: [...AUDIOBOOK_MARKETS], ...rest, publisher: b.publisher };
  }

  fullAudiobook(i: number, mode: AppMode): FullAudiobook {
    const b = this.catalog.audiobooks[i];
    const first = b.chapters.slice(0, EMBEDDED).map((c) => this.simplifiedChapterJson(c, mode));
    const chapters = this.wire.page(pageLinks(`${this.wire.apiBase}/audiobooks/${b.id}/chapters`, '', 0, EMBEDDED, b.chapters.length), first);
    return { ...this.simplifiedAudiobook(i, mode), chapters: JSON.parse(chapters) as Paging<SimplifiedChapter | null> };
  }

  simplifiedChapter(i: number, mode: AppMode): SimplifiedChapter {
    const c: ChapterRecord = this.catalog.chapters[i];
    const chapter: SimplifiedChapter = {
      chapter_number: c.chapterNumber, description: c.description, html_description: html(c.description),
      duration_ms: c.durationMs, explicit: false, ...link('episode', c.id), href: `${this.wire.apiBase}/chapters/${c.id}`,
      id: c.id, images: this.wire.images(c.id, c.image, 'chapter'), is_playable: true, languages: ['en'], name: c.name,
      ...this.wire.releaseDate(c.id, c.releaseDate, 'day'), type: 'episode', uri: `spotify:episode:${c.id}`,
    };
    if (mode === 'development') return chapter;
    return { audio_preview_url: preview(c.preview), available_markets: [...AUDIOBOOK_MARKETS], ...chapter };
  }

  fullChapter(i: number, mode: AppMode): FullChapter {
    return { ...this.simplifiedChapter(i, mode), audiobook: this.simplifiedAudiobook(this.catalog.chapters[i].audiobook, mode) };
  }

  // Encoded forms, for pages and several-items answers.
  simplifiedShowJson = (i: number, mode: AppMode): Json<SimplifiedShow> => toJson(this.simplifiedShow(i, mode));
  simplifiedEpisodeJson = (i: number, mode: AppMode): Json<SimplifiedEpisode> => toJson(this.simplifiedEpisode(i, mode));
  simplifiedAudiobookJson = (i: number, mode: AppMode): Json<SimplifiedAudiobook> => toJson(this.simplifiedAudiobook(i, mode));
  simplifiedChapterJson = (i: number, mode: AppMode): Json<SimplifiedChapter> => toJson(this.simplifiedChapter(i, mode));
}

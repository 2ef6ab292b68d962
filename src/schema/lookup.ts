import type { GatewayContext } from '../context.js';
import { parseSpotifyLink, type SpotifyLink } from '../spotify/catalog/links.js';
import { market } from './arguments.js';
import { builder } from './builder.js';
import { perIdAsked } from './cost.js';
import { marketArgument } from './descriptions.js';
import { badUserInput } from './errors.js';
import { kindsLinkedAs, type CatalogKind, type KindItem, type KindWire } from '../spotify/catalog/kinds.js';
import { catalogItemType, catalogItemTypes, modelOf, type CatalogModel } from './catalog-kinds.js';

/** Upper bound on `lookupMany(links:)`: one field cannot ask for an unbounded number of lookups. */
const MAX_LINKS = 50;

const linkForms =
  'A Spotify URI ("spotify:album:<id>") or an open.spotify.com link as the share menu gives it ("https://open.spotify.com/intl-ko/album/<id>?si=…"), of an artist, album, track, playlist, show, episode or audiobook. A link that is neither is a BAD_USER_INPUT error and costs no call to Spotify.';

export const CatalogItemUnion = builder.unionType('CatalogItem', {
  description: 'Anything a Spotify link can name: check `__typename` to see which.',
  types: catalogItemTypes,
  resolveType: catalogItemType,
});

function parsed(link: string, argument: string): SpotifyLink {
  const found = parseSpotifyLink(link);
  if (!found) throw badUserInput(`"${argument}" must be a Spotify URI such as "spotify:album:<id>" or an open.spotify.com link, got "${link.slice(0, 80)}"`);
  return found;
}

/** One kind's item under an id, as its model, or null. */
async function found<K extends CatalogKind>(kind: K, id: string, inMarket: string | undefined, ctx: GatewayContext): Promise<CatalogModel | null> {
  const read = ctx.spotify[kind] as (id: string, market?: string) => Promise<KindWire[K] | null>;
  const item = await read(id, inMarket);
  return item && modelOf(kind, item as KindItem[K], inMarket);
}

/**
 * What a link names, through the same loaders as the root fields. Spotify links audiobooks as
 * shows and chapters as episodes too, so a link is tried as each kind it may name, in the
 * table's order (a show link Spotify has no show for is tried as an audiobook: one more call,
 * only then).
 */
export async function resolveLink({ kind, id }: SpotifyLink, inMarket: string | undefined, ctx: GatewayContext): Promise<CatalogModel | null> {
  for (const candidate of kindsLinkedAs(kind)) {
    const model = await found(candidate, id, inMarket, ctx);
    if (model) return model;
  }
  return null;
}

builder.queryFields((t) => ({
  lookup: t.field({
    type: CatalogItemUnion,
    nullable: true,
    description: `What a pasted Spotify link names: an artist, album, track, playlist, show, episode, audiobook or chapter (Spotify links audiobooks as shows and chapters as episodes; both are found). Null when Spotify has nothing under it. ${linkForms}`,
    args: {
      link: t.arg.string({ required: true, description: linkForms }),
      market: t.arg.string({ description: marketArgument('the item is looked up as it is available there') }),
    },
    resolve: (_root, args, ctx) => resolveLink(parsed(args.link, 'link'), market(args.market), ctx),
  }),
  lookupMany: t.field({
    type: [CatalogItemUnion],
    extensions: perIdAsked,
    // Nullable: a malformed link or market fails this field alone, never the siblings beside it.
    nullable: { list: true, items: true },
    description: `What several Spotify links name, in the order given; null in the place of a link Spotify has nothing under. Null itself (with BAD_USER_INPUT) when a link or the market is malformed or there are too many links; the query's other fields still answer. Up to ${MAX_LINKS} links; links of one kind are fetched together, as several-items calls in Extended Quota Mode (one call per distinct id in Development Mode). ${linkForms}`,
    args: {
      links: t.arg.stringList({ required: true, description: `Spotify URIs or open.spotify.com links, at most ${MAX_LINKS}; the same item twice is fetched once.` }),
      market: t.arg.string({ description: marketArgument('the items are looked up as they are available there') }),
    },
    resolve: (_root, args, ctx) => {
      if (args.links.length > MAX_LINKS) throw badUserInput(`"links" takes at most ${MAX_LINKS} links, got ${args.links.length}`);
      const links = args.links.map((link, i) => parsed(link, `links[${i}]`));
      const inMarket = market(args.market);
      // One promise per position: a failed lookup nulls its own item, not the list.
      return links.map((link) => resolveLink(link, inMarket, ctx));
    },
  }),
}));

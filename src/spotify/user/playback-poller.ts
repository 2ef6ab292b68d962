import { Repeater } from '@repeaterjs/repeater';
import type { PlaybackBus } from '../../state/playback-bus.js';
import { SpotifyError, SpotifyForbiddenError, SpotifyRateLimitError, SpotifyUnauthenticatedError } from '../upstream/errors.js';
import type { SignedInUser } from '../upstream/call-context.js';
import { asOf, backoffDelay, nextPollDelay, playbackChanged, type Observed, type PollIntervals } from './playback-changes.js';
import type { PlaybackState } from './types.js';

/** What a subscriber receives: the state (null when nothing plays), or the error that ends it. */
export type PlaybackEvent = { state: PlaybackState | null } | { error: SpotifyError };

/** Reads the playback state with a user's token (one call to Spotify, through the gate and the user's share). */
export type ReadPlayback = (user: SignedInUser) => Promise<PlaybackState | null>;

export interface PlaybackHubOptions {
  read: ReadPlayback;
  intervals: PollIntervals;
  /** Shares each user's poller among the replicas; none: every process polls for its own subscribers. */
  bus?: PlaybackBus;
}

/** A fleet-wide poller that dies leaves its users to another replica within about this long. */
const LEASE_MS = 5000;

/** What travels on the bus: a read, an ending error, or a new follower asking for the last read. */
type BusMessage = { type: 'read'; observed: Observed; replay?: boolean } | { type: 'end'; kind: 'unauthenticated' | 'forbidden'; message: string } | { type: 'hello' };

/**
 * Watches the playback of signed-in users for the `playbackChanged` subscription: one poller
 * per user token, whatever the number of subscribers (tabs) of that user, reading as often as
 * `nextPollDelay` says and sending only changes. The last subscriber to leave stops it.
 */
export class PlaybackHub {
  private readonly pollers = new Map<string, PlaybackPoller>();

  constructor(private readonly options: PlaybackHubOptions) {}

  /** Pollers running in this process (one per user token with subscribers). */
  get active(): number {
    return this.pollers.size;
  }

  /** The user's playback as it changes, starting with how it stands; ends after an error event. */
  subscribe(user: SignedInUser): AsyncIterableIterator<PlaybackEvent> {
    return new Repeater<PlaybackEvent>(async (push, stop) => {
      // By the token's digest: one poller per token, and the token itself is no key.
      const key = user.digest;
      let poller = this.pollers.get(key);
      if (!poller) {
        poller = new PlaybackPoller(key, user, this.options, () => this.pollers.delete(key));
        this.pollers.set(key, poller);
      }
      const subscriber: Subscriber = {
        send: (event) => {
          void push(event);
          if ('error' in event) stop();
        },
        end: () => stop(),
      };
      poller.add(subscriber);
      await stop;
      poller.remove(subscriber);
    });
  }

  /** Stops every poller and ends every subscription (the gateway is closing). */
  close(): void {
    for (const poller of this.pollers.values()) poller.close();
  }
}

interface Subscriber {
  send(event: PlaybackEvent): void;
  /** Ends the subscription (the gateway is closing). */
  end(): void;
}

/** One user token's poller: reads, compares, delivers; with a bus, only while it holds the lease. */
class PlaybackPoller {
  private readonly subscribers = new Set<Subscriber>();
  private last: Observed | undefined;
  private failures = 0;
  private timer: NodeJS.Timeout | undefined;
  private renewal: NodeJS.Timeout | undefined;
  private leader = false;
  private running = false;
  private closed = false;
  private unlisten: Promise<() => Promise<void>> | undefined;

  constructor(
    private readonly key: string,
    private readonly user: SignedInUser,
    private readonly options: PlaybackHubOptions,
    private readonly onIdle: () => void,
  ) {}

  add(subscriber: Subscriber): void {
    this.subscribers.add(subscriber);
    if (this.last) subscriber.send({ state: asOf(this.last, Date.now()) });
    if (!this.running) this.start();
    else if (!this.last && this.options.bus) void this.options.bus.publish(this.key, JSON.stringify({ type: 'hello' } satisfies BusMessage)).catch(() => undefined);
  }

  remove(subscriber: Subscriber): void {
    this.subscribers.delete(subscriber);
    if (this.subscribers.size === 0) this.close();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.timer);
    clearInterval(this.renewal);
    this.onIdle();
    for (const subscriber of [...this.subscribers]) subscriber.end();
    const { bus } = this.options;
    if (bus) {
      void this.unlisten?.then((unlisten) => unlisten()).catch(() => undefined);
      if (this.leader) void bus.release(this.key).catch(() => undefined);
    }
  }

  private start(): void {
    this.running = true;
    const { bus } = this.options;
    if (bus) {
      this.unlisten = bus.listen(this.key, (message) => this.heard(message));
      // Listening first, so the hello below is not missed by the leader's answer.
      void this.unlisten.then(() => bus.publish(this.key, JSON.stringify({ type: 'hello' } satisfies BusMessage))).catch(() => undefined);
    }
    void this.tick();
  }

  private schedule(delayMs: number): void {
    if (this.closed) return;
    this.timer = setTimeout(() => void this.tick(), delayMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    if (this.closed) return;
    const { bus, intervals } = this.options;
    if (bus && !this.leader) {
      // Another replica polls for this user: try again later, in case it stops.
      // A bus that does not answer (Redis down): poll here rather than not at all.
      this.leader = await bus.lease(this.key, LEASE_MS).catch(() => true);
      if (!this.leader) return this.schedule(intervals.pausedMs);
      this.renewal = setInterval(() => void bus.renew(this.key, LEASE_MS).then((held) => (this.leader &&= held)).catch(() => undefined), LEASE_MS / 3);
      this.renewal.unref();
    }
    let delay: number;
    try {
      const state = await this.options.read(this.user);
      this.failures = 0;
      const observed = { state, at: Date.now() };
      const changed = playbackChanged(this.last, observed);
      this.last = observed;
      if (changed) this.send({ type: 'read', observed });
      delay = nextPollDelay(state, intervals);
    } catch (error) {
      if (error instanceof SpotifyUnauthenticatedError || error instanceof SpotifyForbiddenError) {
        // A token that expired or lacks a scope will not heal: the subscription ends, saying why.
        this.send({ type: 'end', kind: error instanceof SpotifyForbiddenError ? 'forbidden' : 'unauthenticated', message: error.message });
        return;
      }
      this.failures += 1;
      // The app's pause (Spotify's 429, shared by every replica): no read before it ends.
      delay = error instanceof SpotifyRateLimitError ? Math.max(error.retryAfterSeconds * 1000, intervals.pausedMs) : backoffDelay(this.failures, intervals);
    }
    this.schedule(delay);
  }

  /** To every subscriber: through the bus when there is one (every replica's subscribers hear it), else here. */
  private send(message: Exclude<BusMessage, { type: 'hello' }>): void {
    const { bus } = this.options;
    if (bus) void bus.publish(this.key, JSON.stringify(message)).catch(() => this.deliver(message));
    else this.deliver(message);
  }

  private heard(text: string): void {
    let message: BusMessage;
    try {
      message = JSON.parse(text) as BusMessage;
    } catch {
      return;
    }
    if (message.type === 'hello') {
      if (this.leader && this.last) void this.options.bus?.publish(this.key, JSON.stringify({ type: 'read', observed: this.last, replay: true } satisfies BusMessage)).catch(() => undefined);
      return;
    }
    if (message.type === 'read' && message.replay) {
      // The last read again, for a new follower: news only to a process that had not seen it.
      if (this.leader || !playbackChanged(this.last, message.observed)) return;
    }
    if (message.type === 'read' && !this.leader) this.last = message.observed;
    this.deliver(message);
  }

  private deliver(message: Exclude<BusMessage, { type: 'hello' }>): void {
    const event: PlaybackEvent =
      message.type === 'read'
        ? { state: asOf(message.observed, Date.now()) }
        : { error: message.kind === 'forbidden' ? new SpotifyForbiddenError(message.message, 403) : new SpotifyUnauthenticatedError(message.message, 401) };
    for (const subscriber of [...this.subscribers]) subscriber.send(event);
  }
}

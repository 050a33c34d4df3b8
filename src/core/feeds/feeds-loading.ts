/**
 * Whether the first fetch of the feeds after start-up is still under way. Chats open before it
 * ends (they answer from what is stored); an empty digest then says the feeds are still loading
 * rather than that there is nothing new.
 */
export class FeedsLoading {
  #loading = true;
  #markLoaded: () => void = () => undefined;
  readonly #loaded = new Promise<void>((resolve) => (this.#markLoaded = resolve));

  /** True until {@link markLoaded}. */
  get loading(): boolean {
    return this.#loading;
  }

  /** The first round has ended (or was given up). */
  markLoaded(): void {
    this.#loading = false;
    this.#markLoaded();
  }

  /** Resolves when the feeds have loaded, or after `maxMs`, whichever comes first. */
  async settled(maxMs: number): Promise<void> {
    if (!this.#loading) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([this.#loaded, new Promise<void>((resolve) => (timer = setTimeout(resolve, maxMs)))]);
    clearTimeout(timer);
  }
}


/**
 * Runs extension hooks. Every hook is awaited in extension order and isolated: a hook that
 * throws is logged (without its message, which could hold personal data) and the others run.
 */
import type {
  ChangeHookContext,
  CollabExtension,
  CollabLogger,
  ConnectionHookContext,
  DocumentHookContext,
  LoadHookContext,
  RefusedUpdateContext,
} from "./types.js";

/** The hooks of all extensions, callable as one. */
export class HookRunner {
  /** True when some extension has an `onChange` hook (so change tracking can be skipped). */
  readonly wantsChanges: boolean;

  /** `extensions` run in the order given. */
  constructor(
    private readonly extensions: readonly CollabExtension[],
    private readonly logger: CollabLogger,
  ) {
    this.wantsChanges = extensions.some((extension) => extension.onChange);
  }

  /** Runs `onConnect` hooks. */
  onConnect(ctx: ConnectionHookContext): Promise<void> {
    return this.run("onConnect", ctx.docName, (e) => e.onConnect?.(ctx));
  }

  /** Runs `onLoad` hooks. */
  onLoad(ctx: LoadHookContext): Promise<void> {
    return this.run("onLoad", ctx.docName, (e) => e.onLoad?.(ctx));
  }

  /** Runs `onChange` hooks. */
  onChange(ctx: ChangeHookContext): Promise<void> {
    return this.run("onChange", ctx.docName, (e) => e.onChange?.(ctx));
  }

  /** Runs `onStore` hooks. */
  onStore(ctx: DocumentHookContext): Promise<void> {
    return this.run("onStore", ctx.docName, (e) => e.onStore?.(ctx));
  }

  /** Runs `onDisconnect` hooks. */
  onDisconnect(ctx: ConnectionHookContext): Promise<void> {
    return this.run("onDisconnect", ctx.docName, (e) => e.onDisconnect?.(ctx));
  }

  /** Runs `onUpdateRefused` hooks. */
  onUpdateRefused(ctx: RefusedUpdateContext): Promise<void> {
    return this.run("onUpdateRefused", ctx.docName, (e) => e.onUpdateRefused?.(ctx));
  }

  private async run(
    hook: string,
    docName: string,
    call: (extension: CollabExtension) => void | Promise<void>,
  ): Promise<void> {
    for (const extension of this.extensions) {
      try {
        await call(extension);
      } catch (error) {
        const errorName = error instanceof Error ? error.name : "unknown";
        this.logger.error(
          { extension: extension.name, hook, doc: docName, errorName },
          "collab: extension hook failed",
        );
      }
    }
  }
}

/** Reads plain data out of a Y.Doc and re-renders whenever the document changes. */
import { useCallback, useRef, useSyncExternalStore } from "react";
import type * as Y from "yjs";

/**
 * The value of `read(doc)`, recomputed after every update of `doc` (local or remote). `read`
 * should be stable (module level or memoised); a new `read` recomputes on the next render.
 */
export function useDocValue<T>(doc: Y.Doc, read: (doc: Y.Doc) => T): T {
  const cache = useRef<{ doc: Y.Doc; read: (doc: Y.Doc) => T; version: number; value: T } | null>(
    null,
  );
  const version = useRef(0);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const handler = () => {
        version.current += 1;
        onChange();
      };
      doc.on("update", handler);
      // React subscribes after the first render has read the document; an update that arrived in
      // between (a sync step 2) fired no handler. Counting the subscription as a change makes
      // React's check right after subscribing read the document again instead of the stale cache.
      version.current += 1;
      return () => doc.off("update", handler);
    },
    [doc],
  );
  const getSnapshot = useCallback((): T => {
    const c = cache.current;
    if (c !== null && c.doc === doc && c.read === read && c.version === version.current) {
      return c.value;
    }
    const value = read(doc);
    cache.current = { doc, read, version: version.current, value };
    return value;
  }, [doc, read]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
